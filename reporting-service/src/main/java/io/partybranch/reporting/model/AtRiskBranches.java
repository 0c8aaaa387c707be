package io.partybranch.reporting.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Branches under an organisation still owing cadence units that end by this month's end, most owed first")
public record AtRiskBranches(UUID organizationId, String organizationName, LocalDate today, LocalDate monthEnds,
        @Schema(description = "Branches at risk in the whole subtree") long total, List<Branch> items, int page, int size) {

    @Schema(name = "AtRiskBranch")
    public record Branch(@Schema(description = "1 for the branch owing most; ties share a rank") int rank, UUID branchId, String branchName,
            @Schema(description = "Units still owed (a per-group cadence counts once per group)") long owed,
            @Schema(description = "Activity types owed", example = "[\"COMMITTEE_MEETING\", \"THEME_DAY\"]") List<String> types) {
    }
}
