package io.partybranch.reporting.mapping;

import io.partybranch.reporting.domain.DuesFigures;
import io.partybranch.reporting.domain.Rates;
import io.partybranch.reporting.model.DuesStatistics;
import java.math.BigDecimal;

/** Dues figures as the API gives them: fen as yuan, rates from the amounts. */
public final class DuesMapper {

    private DuesMapper() {
    }

    public static DuesStatistics toResponse(DuesFigures d) {
        return new DuesStatistics(yuan(d.billedFen()), yuan(d.paidFen()), Rates.rate(d.paidFen(), d.billedFen()), d.membersBilled(),
                d.membersExempt(), d.membersPaid(), d.behindAsOf() == null ? null : d.behindAsOf().toString(), d.membersBehind(),
                d.membersSixMonthsBehind(), d.months().stream().map(m -> new DuesStatistics.Month(m.month().toString(), yuan(m.billedFen()),
                        yuan(m.paidFen()), Rates.rate(m.paidFen(), m.billedFen()), m.membersBilled(), m.membersExempt(), m.membersPaid(),
                        m.membersBehind(), m.membersSixMonthsBehind())).toList());
    }

    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
