package io.partybranch.members.model;

import io.partybranch.members.domain.PoliticalStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChangeRequest", description = "One step along the pipeline. ACTIVIST needs 1-2 mentorIds; PROBATIONARY needs 2 introducerIds (full members) and its effectiveDate is the admission meeting.")
public record StatusChangeRequest(
        @NotNull @Schema(example = "ACTIVIST") PoliticalStatus toStatus,
        @NotNull @PastOrPresent @Schema(description = "May be back-dated, never before the previous step", example = "2025-09-10") LocalDate effectiveDate,
        @Size(max = 2) @Schema(description = "培养联系人 (for ACTIVIST)") List<UUID> mentorIds,
        @Size(max = 2) @Schema(description = "入党介绍人 (for PROBATIONARY)") List<UUID> introducerIds,
        @Size(max = 500) String note) {
}
