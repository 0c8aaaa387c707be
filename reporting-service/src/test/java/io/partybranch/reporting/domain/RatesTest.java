package io.partybranch.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void aRateHasFourPlacesRoundedHalfUp() {
        assertEquals(new BigDecimal("0.8333"), Rates.rate(5, 6));
        assertEquals(new BigDecimal("0.6667"), Rates.rate(2, 3));
        assertEquals(new BigDecimal("0.5000"), Rates.rate(1, 2));
        assertEquals(new BigDecimal("1.0000"), Rates.rate(7, 7));
        assertEquals(new BigDecimal("0.0000"), Rates.rate(0, 7));
        assertEquals(new BigDecimal("0.0001"), Rates.rate(1, 19_999), "0.00005 rounds up");
        assertEquals(new BigDecimal("0.0000"), Rates.rate(1, 20_001));
    }

    @Test
    void nothingToDivideByIsNoRate() {
        assertNull(Rates.rate(0, 0));
        assertEquals("—", Rates.percent(0, 0));
    }

    @Test
    void aPercentIsComputedFromTheCountsToOnePlace() {
        assertEquals("54.5%", Rates.percent(6, 11), "not 54.6% as from a rate kept to four places");
        assertEquals("96.2%", Rates.percent(50, 52));
        assertEquals("100%", Rates.percent(3, 3));
        assertEquals("50%", Rates.percent(1, 2));
        assertEquals("0%", Rates.percent(0, 4));
        assertEquals("66.7%", Rates.percent(2, 3));
        assertEquals("0.1%", Rates.percent(1, 1999), "0.05 rounds up");
    }
}
