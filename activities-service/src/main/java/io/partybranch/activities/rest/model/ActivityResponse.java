package io.partybranch.activities.rest.model;

import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Activity")
public record ActivityResponse(
        UUID id,
        UUID organizationId,
        UUID branchId,
        ActivityType type,
        @Schema(example = "支部委员会") String typeLabel,
        String title,
        LocalDate plannedFor,
        String place,
        ActivityStatus status,
        @Schema(example = "计划") String statusLabel,
        LocalDate heldOn,
        java.time.LocalTime startTime,
        java.time.LocalTime endTime,
        UUID hostMemberId,
        UUID recorderMemberId,
        String speaker,
        java.util.List<String> documents,
        String minutes,
        String resolutions,
        String cancelReason,
        @Schema(description = "Talk, pairing or decision details for those types") com.fasterxml.jackson.databind.JsonNode details,
        @Schema(description = "Set once held") ActivityRecordModels.Figures figures,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) implements io.partybranch.common.http.Versioned {
}
