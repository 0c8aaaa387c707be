package io.partybranch.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The periods bureaus ask about most, by key: a month ({@code 2025-09}), a quarter ({@code 2025-Q4}),
 * a year ({@code 2025}) and a semester of a school year on the national dates ({@code 2025-S1}: Sep –
 * Jan, {@code 2025-S2}: Feb – Jul). Each branch's figures for them are kept ready, so a province's
 * branches are ranked for one of them from one row per branch.
 */
public final class StandardPeriod {

    private StandardPeriod() {
    }

    /** The keys of the standard periods a month lies in. */
    public static List<String> containing(LocalDate month) {
        YearMonth m = YearMonth.from(month);
        List<String> keys = new ArrayList<>(4);
        keys.add(m.toString());
        keys.add(m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1));
        keys.add(Integer.toString(m.getYear()));
        String semester = semester(m);
        if (semester != null) {
            keys.add(semester);
        }
        return keys;
    }

    /** The keys of the standard periods that wholly contain a cadence unit. */
    public static List<String> containing(CadenceUnit unit) {
        YearMonth first = YearMonth.from(unit.start());
        YearMonth last = YearMonth.from(unit.end());
        List<String> keys = new ArrayList<>(4);
        for (String key : containing(unit.start())) {
            Optional<LocalDate[]> range = range(key);
            if (range.isPresent() && !first.atDay(1).isBefore(range.get()[0]) && !last.atEndOfMonth().isAfter(range.get()[1])) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The key of a period whose dates are exactly those of a standard period. */
    public static Optional<String> keyOf(Period period) {
        for (String key : containing(period.from())) {
            Optional<LocalDate[]> range = range(key);
            if (range.isPresent() && range.get()[0].equals(period.from()) && range.get()[1].equals(period.to())) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate[]> range(String key) {
        if (key.matches("\\d{4}-S[12]")) {
            int year = Integer.parseInt(key.substring(0, 4));
            return Optional.of(key.endsWith("1")
                    ? new LocalDate[]{LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 1, 31)}
                    : new LocalDate[]{LocalDate.of(year + 1, 2, 1), LocalDate.of(year + 1, 7, 31)});
        }
        if (key.matches("\\d{4}-Q[1-4]")) {
            LocalDate start = LocalDate.of(Integer.parseInt(key.substring(0, 4)), (key.charAt(6) - '1') * 3 + 1, 1);
            return Optional.of(new LocalDate[]{start, start.plusMonths(3).minusDays(1)});
        }
        if (key.matches("\\d{4}-\\d{2}")) {
            YearMonth month = YearMonth.parse(key);
            return Optional.of(new LocalDate[]{month.atDay(1), month.atEndOfMonth()});
        }
        if (key.matches("\\d{4}")) {
            int year = Integer.parseInt(key);
            return Optional.of(new LocalDate[]{LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)});
        }
        return Optional.empty();
    }

    private static String semester(YearMonth month) {
        int m = month.getMonthValue();
        if (m >= 9) {
            return month.getYear() + "-S1";
        }
        if (m == 1) {
            return (month.getYear() - 1) + "-S1";
        }
        return m <= 7 ? (month.getYear() - 1) + "-S2" : null;
    }
}
