package io.partybranch.reporting.model;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuesStatistics", description = """
        Party dues (党费) over the whole months of the period, as members-service billed and settled them: amounts in yuan, the
        collection rate (收缴率) is paid over billed by amount. Who is behind is a standing: it is the one at the end of the period's
        latest month with dues (behindAsOf).""")
public record DuesStatistics(
        @Schema(description = "应交, yuan", example = "8548.80") BigDecimal billed,
        @Schema(description = "实交 of it so far, yuan", example = "7801.80") BigDecimal paid,
        @Schema(description = "paid / billed; null without bills", example = "0.9126") BigDecimal collectionRate,
        @Schema(description = "Monthly bills, one per paying member and month", example = "144") long bills,
        @Schema(description = "Of those, billed nothing (免交)") long billsExempt,
        @Schema(description = "Of those, paid in full") long billsPaid,
        @Schema(example = "2026-12") String behindAsOf,
        @Schema(description = "Members with at least one month unpaid at the end of behindAsOf") long membersBehind,
        @Schema(description = "Of those, six months or more (连续六个月不交纳党费)") long membersSixMonthsBehind,
        @Schema(description = "Month by month (empty in a ranking's rows)") List<Month> months) {

    @Schema(name = "DuesMonth")
    public record Month(@Schema(example = "2026-03") String month, BigDecimal billed, BigDecimal paid, BigDecimal collectionRate,
            long membersBilled, long membersExempt, long membersPaid, long membersBehind, long membersSixMonthsBehind) {
    }
}
