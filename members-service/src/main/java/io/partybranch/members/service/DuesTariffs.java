package io.partybranch.members.service;

import io.partybranch.members.domain.DuesTariff;
import io.partybranch.members.repository.DuesAssessment;
import io.partybranch.members.repository.DuesExemption;
import io.quarkus.panache.common.Sort;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A member's assessments and reliefs as the pure {@link DuesTariff} takes them. */
record DuesTariffs(List<DuesTariff.Rate> rates, List<DuesTariff.Relief> reliefs) {

    static DuesTariffs of(UUID memberId) {
        List<DuesTariff.Rate> rates = DuesAssessment.<DuesAssessment>list("memberId", Sort.by("year").and("fromMonth"), memberId)
                .stream()
                .map(a -> new DuesTariff.Rate(a.id, a.year, a.fromMonth, a.recordedAt, a.monthlyAmount))
                .toList();
        List<DuesTariff.Relief> reliefs = DuesExemption.<DuesExemption>list("memberId", Sort.by("fromMonth"), memberId).stream()
                .map(e -> new DuesTariff.Relief(e.id, YearMonth.from(e.fromMonth), YearMonth.from(e.toMonth), e.monthlyAmount))
                .toList();
        return new DuesTariffs(rates, reliefs);
    }

    Optional<DuesTariff.Price> priceOf(YearMonth month) {
        return DuesTariff.priceOf(month, rates, reliefs);
    }

    BigDecimal amountToPrepay(YearMonth month) {
        return DuesTariff.amountToPrepay(month, rates, reliefs);
    }
}
