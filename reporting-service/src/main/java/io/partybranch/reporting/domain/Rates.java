package io.partybranch.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Every rate the reports give (attendance, compliance, trust) is a part over a whole, computed from the counts. */
public final class Rates {

    private Rates() {
    }

    /** Four places, as the JSON answers carry it; null when there is nothing to divide by. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /**
     * As a document writes it, from the counts rather than a rounded rate: 6 of 11 is 54.5%, where a
     * rate kept to four places would say 54.6%.
     */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
