package io.partybranch.reporting.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationStatistics", description = "Current figures of one organisation, from the read models")
public record OrganizationStatistics(
        UUID organizationId,
        @Schema(example = "实验小学党支部") String organizationName,
        @Schema(example = "BRANCH") String organizationType,
        Members members,
        Activities activities,
        @Schema(description = "Time of the latest event applied for this organisation: how fresh the figures are") OffsetDateTime asOf) {

    public record Members(
            @Schema(example = "21") long total,
            @Schema(description = "Count per political status", example = "{\"FULL\": 20, \"PROBATIONARY\": 1}") Map<String, Long> byPoliticalStatus) {
    }

    public record Activities(
            @Schema(example = "12") long total,
            @Schema(description = "Count per activity type", example = "{\"COMMITTEE_MEETING\": 5}") Map<String, Long> byType) {
    }
}
