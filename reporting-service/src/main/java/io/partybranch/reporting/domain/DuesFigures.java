package io.partybranch.reporting.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * Party dues of a branch or a subtree over a period's months, as members-service counted them:
 * amounts in fen. Billed and paid sum over the months (the collection rate is paid over billed, by
 * amount); who is behind is a standing, so it is the one of the period's latest month with dues.
 */
public record DuesFigures(long membersBilled, long membersExempt, long membersPaid, long billedFen, long paidFen,
        YearMonth behindAsOf, long membersBehind, long membersSixMonthsBehind, List<Month> months) {

    public static final DuesFigures NONE = new DuesFigures(0, 0, 0, 0, 0, null, 0, 0, List.of());

    /** One month's figures, in the order of the dues pre-aggregate's values. */
    public record Month(YearMonth month, long membersBilled, long membersExempt, long membersPaid, long billedFen, long paidFen,
            long membersBehind, long membersSixMonthsBehind) {
    }

    /** The months summed; months in calendar order. */
    public static DuesFigures of(List<Month> months) {
        if (months.isEmpty()) {
            return NONE;
        }
        long billedMembers = 0;
        long exempt = 0;
        long paidMembers = 0;
        long billed = 0;
        long paid = 0;
        for (Month month : months) {
            billedMembers += month.membersBilled();
            exempt += month.membersExempt();
            paidMembers += month.membersPaid();
            billed += month.billedFen();
            paid += month.paidFen();
        }
        Month latest = months.get(months.size() - 1);
        return new DuesFigures(billedMembers, exempt, paidMembers, billed, paid, latest.month(), latest.membersBehind(),
                latest.membersSixMonthsBehind(), List.copyOf(months));
    }

    public DuesFigures withoutMonths() {
        return new DuesFigures(membersBilled, membersExempt, membersPaid, billedFen, paidFen, behindAsOf, membersBehind,
                membersSixMonthsBehind, List.of());
    }
}
