package io.partybranch.members.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a member owes for a month, from their assessments and approved reliefs. An approved 免交 or
 * 少交 overrides the assessment for its months. Otherwise the assessment in force is the one of
 * the month's year with the latest {@code fromMonth} not after the month, and among those the
 * latest recorded (a corrected base replaces the one it corrects; an adjustment from July leaves
 * January to June as they were). Pure: no database.
 */
public final class DuesTariff {

    public record Rate(UUID assessmentId, int year, int fromMonth, OffsetDateTime recordedAt, BigDecimal amount) {
    }

    public record Relief(UUID exemptionId, YearMonth from, YearMonth to, BigDecimal amount) {
    }

    /** The amount and what it came from: an assessment or a relief. */
    public record Price(BigDecimal amount, UUID assessmentId, UUID exemptionId) {

        public boolean fromRelief() {
            return exemptionId != null;
        }
    }

    private static final Comparator<Rate> LATEST = Comparator.comparingInt(Rate::year).thenComparingInt(Rate::fromMonth)
            .thenComparing(Rate::recordedAt);

    private DuesTariff() {
    }

    /** Empty when nothing sets the month's dues: no assessment for its year yet and no relief. */
    public static Optional<Price> priceOf(YearMonth month, List<Rate> rates, List<Relief> reliefs) {
        for (Relief relief : reliefs) {
            if (!month.isBefore(relief.from()) && !month.isAfter(relief.to())) {
                return Optional.of(new Price(relief.amount(), null, relief.exemptionId()));
            }
        }
        return rates.stream()
                .filter(rate -> rate.year() == month.getYear() && rate.fromMonth() <= month.getMonthValue())
                .max(LATEST)
                .map(rate -> new Price(rate.amount(), rate.assessmentId(), null));
    }

    /**
     * The monthly amount a prepayment is measured in: the month's own price, else the latest
     * assessment before it (a new year's base may not be set yet when members pay ahead).
     */
    public static BigDecimal amountToPrepay(YearMonth month, List<Rate> rates, List<Relief> reliefs) {
        Optional<Price> own = priceOf(month, rates, reliefs);
        if (own.isPresent()) {
            return own.get().amount();
        }
        return rates.stream()
                .filter(rate -> YearMonth.of(rate.year(), rate.fromMonth()).isBefore(month))
                .max(LATEST)
                .map(Rate::amount)
                .orElse(null);
    }
}
