package io.partybranch.activities.model;

import io.partybranch.activities.domain.ActivityType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityRequest", description = "An activity as a branch plans it")
public record ActivityRequest(
        @NotNull @Schema(description = "The branch, or for GROUP_MEETING the party group, holding the activity") UUID organizationId,
        @NotNull @Schema(example = "COMMITTEE_MEETING") ActivityType type,
        @NotBlank @Size(max = 300) @Schema(example = "研究部署九月份党建工作") String title,
        @NotNull @Schema(description = "Calendar date in Asia/Shanghai", example = "2026-09-08") LocalDate plannedFor,
        @Size(max = 200) @Schema(example = "党员活动室") String place) {
}
