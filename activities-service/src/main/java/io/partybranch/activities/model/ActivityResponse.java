package io.partybranch.activities.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import io.partybranch.common.http.Versioned;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
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
        LocalTime startTime,
        LocalTime endTime,
        UUID hostMemberId,
        UUID recorderMemberId,
        String speaker,
        List<String> documents,
        String minutes,
        String resolutions,
        String cancelReason,
        @Schema(description = "Talk, pairing or decision details for those types") JsonNode details,
        @Schema(description = "Set once held") ActivityRecordModels.Figures figures,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) implements Versioned {
}
