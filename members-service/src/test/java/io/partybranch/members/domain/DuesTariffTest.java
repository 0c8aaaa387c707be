package io.partybranch.members.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which assessment or relief prices a month. */
class DuesTariffTest {

    private static final OffsetDateTime EARLY = OffsetDateTime.of(2026, 1, 5, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATER = EARLY.plusDays(40);

    private static DuesTariff.Rate rate(int year, int fromMonth, OffsetDateTime recorded, String amount) {
        return new DuesTariff.Rate(UUID.randomUUID(), year, fromMonth, recorded, new BigDecimal(amount));
    }

    private static BigDecimal price(int month, List<DuesTariff.Rate> rates, List<DuesTariff.Relief> reliefs) {
        return DuesTariff.priceOf(YearMonth.of(2026, month), rates, reliefs).map(DuesTariff.Price::amount).orElse(null);
    }

    @Test
    void anAdjustmentFromJulyLeavesTheFirstHalfAsItWas() {
        List<DuesTariff.Rate> rates = List.of(rate(2026, 1, EARLY, "43.21"), rate(2026, 7, EARLY, "75.00"));
        assertEquals(new BigDecimal("43.21"), price(6, rates, List.of()));
        assertEquals(new BigDecimal("75.00"), price(7, rates, List.of()));
    }

    @Test
    void aCorrectionOfTheSameMonthReplacesTheEarlierRecord() {
        List<DuesTariff.Rate> rates = List.of(rate(2026, 1, LATER, "30.00"), rate(2026, 1, EARLY, "43.21"));
        assertEquals(new BigDecimal("30.00"), price(3, rates, List.of()));
    }

    @Test
    void aReliefOverridesTheAssessmentForItsMonthsOnly() {
        List<DuesTariff.Rate> rates = List.of(rate(2026, 1, EARLY, "43.21"));
        List<DuesTariff.Relief> reliefs = List.of(
                new DuesTariff.Relief(UUID.randomUUID(), YearMonth.of(2026, 3), YearMonth.of(2026, 5), BigDecimal.ZERO));
        assertEquals(BigDecimal.ZERO, price(4, rates, reliefs));
        assertTrue(DuesTariff.priceOf(YearMonth.of(2026, 4), rates, reliefs).orElseThrow().fromRelief());
        assertEquals(new BigDecimal("43.21"), price(6, rates, reliefs));
    }

    @Test
    void aYearWithoutAnAssessmentHasNoPriceButPrepaymentsUseTheLatestOne() {
        List<DuesTariff.Rate> rates = List.of(rate(2025, 1, EARLY, "40.00"), rate(2025, 9, EARLY, "42.00"));
        assertNull(price(1, rates, List.of()), "each year's base is set anew");
        assertEquals(new BigDecimal("42.00"), DuesTariff.amountToPrepay(YearMonth.of(2026, 1), rates, List.of()));
        assertNull(DuesTariff.amountToPrepay(YearMonth.of(2026, 1), List.of(), List.of()));
    }
}
