package io.partybranch.reporting.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a period's summaries stand under an organisation: totals over its whole subtree, and one page of its branches")
public record PeriodCollection(UUID organizationId, String organizationName, String period,
        @Schema(description = "The deadline in force for the organisation itself") LocalDate dueOn, Totals totals, List<Branch> items,
        int page,
        int size) {

    public record Totals(long branches, long drafts, long submitted, long accepted, long returned,
            @Schema(description = "First submitted after the deadline") long late,
            @Schema(description = "Not submitted and the deadline has passed") long missing,
            @Schema(description = "Not submitted, deadline not passed or not set") long notYetDue) {
    }

    public record Branch(UUID branchId, String branchName, LocalDate dueOn, UUID summaryId,
            @Schema(description = "NOT_STARTED, DRAFT, SUBMITTED, RETURNED or ACCEPTED") String status, int submissions,
            OffsetDateTime firstSubmittedAt, boolean late, boolean missing) {
    }
}
