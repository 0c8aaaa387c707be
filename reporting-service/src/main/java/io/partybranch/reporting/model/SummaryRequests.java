package io.partybranch.reporting.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the summary workflow takes. */
public final class SummaryRequests {

    /** A named period a summary is written for. */
    public static final String PERIOD = "^\\d{4}(-Q[1-4]|-S[12]|-(0[1-9]|1[0-2]))?$";
    public static final String PERIOD_MESSAGE = "must look like 2026, 2026-Q3, 2026-09, 2025-S1 or 2025-S2";
    public static final int MAX_NARRATIVE = 20_000;
    public static final int MAX_COMMENT = 2_000;

    private SummaryRequests() {
    }

    @Schema(name = "SummaryDraftRequest", description = "Draft a branch's summary for a period from its records")
    public record Draft(@NotNull UUID branchId,
            @NotNull @Size(max = 20) @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) @Schema(example = "2025-S1") String period) {
    }

    @Schema(name = "SummaryNarrativeRequest", description = "The secretary's own words for one section, in Markdown; empty clears them")
    public record Narrative(@NotNull @Size(max = MAX_NARRATIVE) @Schema(example = "本学期支部围绕**立德树人**开展主题教育。") String narrative) {
    }

    @Schema(name = "SummaryReviewRequest", description = "A reviewer's comment: required when returning, optional when accepting")
    public record Review(@Size(max = MAX_COMMENT) @Schema(example = "请补充党员发展工作的具体情况。") String comment) {
    }

    @Schema(name = "SummaryDeadlineRequest", description = "The day the branches under an organisation send their summaries of a period by")
    public record Deadline(@NotNull @Schema(example = "2026-02-10") LocalDate dueOn) {
    }
}
