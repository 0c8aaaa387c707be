package io.partybranch.reporting.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One step of a summary's life: who did what, when")
public record SummaryHistoryEntry(int seq,
        @Schema(description = "CREATED, EDITED, REFRESHED, SUBMITTED, RETURNED or ACCEPTED") String action,
        String actor, String actorRole, OffsetDateTime at, @Schema(description = "The version submitted or decided on") Integer version,
        @Schema(description = "The section edited") String section,
        @Schema(type = SchemaType.OBJECT, description = "The text written, the figures changed, the comment given") JsonNode details) {
}
