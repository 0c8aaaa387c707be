package io.partybranch.reporting.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit a cadence is measured in: a month, a quarter or a year, by its first day. Every unit is made
 * of whole months, so whether a unit was kept is known from the months its meetings were held in.
 *
 * @param kind MONTH, QUARTER or YEAR, as {@code reporting.compliance.cadences} names them
 */
public record CadenceUnit(String kind, LocalDate start) {

    public static final String MONTH = "MONTH";
    public static final String QUARTER = "QUARTER";
    public static final String YEAR = "YEAR";
    /** Who must hold a cadence's meetings: the branch (any of its meetings of the type counts) or each of its party groups. */
    public static final String BRANCH_HOLDER = "BRANCH";
    public static final String GROUP_HOLDER = "GROUP";

    /** The month, quarter and year a month belongs to. */
    public static List<CadenceUnit> containing(LocalDate month) {
        LocalDate first = month.withDayOfMonth(1);
        return List.of(new CadenceUnit(MONTH, first), new CadenceUnit(QUARTER, first.withMonth((first.getMonthValue() - 1) / 3 * 3 + 1)),
                new CadenceUnit(YEAR, first.withDayOfYear(1)));
    }

    /** The unit's last day. */
    public LocalDate end() {
        return switch (kind) {
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
            default -> throw new IllegalStateException("unknown cadence unit " + kind);
        };
    }
}
