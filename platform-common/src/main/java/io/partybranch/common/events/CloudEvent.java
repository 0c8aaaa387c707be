package io.partybranch.common.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
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

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Kafka content-type header of a structured-mode CloudEvents record. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";
}
