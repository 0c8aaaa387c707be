package io.partybranch.common.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * CloudEvents 1.0 structured-mode envelope shared by every producer and consumer.
 * {@code branchid} is an extension attribute: the partition key, so one branch's events stay ordered.
 * Unknown attributes are ignored so producers can add extensions without breaking consumers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String branchid,
        JsonNode data) {

    /*
     * PostgreSQL keeps microseconds. A time with nanoseconds is rounded by the JDBC driver when bound
     * as a parameter but by the server when sent inside an array, so the same event could be stored a
     * microsecond apart by two paths (a live apply and a rebuild); cut here, every path stores one value.
     */
    public CloudEvent {
        time = time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Kafka content-type header of a structured-mode CloudEvents record. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";
}
