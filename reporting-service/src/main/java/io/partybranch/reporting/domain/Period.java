package io.partybranch.reporting.domain;

import io.partybranch.common.http.InputBounds;
import io.partybranch.common.http.ProblemException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period in the business calendar: {@code 2026} (year), {@code 2026-Q3} (quarter),
 * {@code 2026-09} (month), {@code 2025-S1} (first semester of school year 2025: Sep 1 – Jan 31) and
 * {@code 2025-S2} (second semester: Feb 1 – Jul 31 of the following calendar year), or explicit dates.
 */
public record Period(LocalDate from, LocalDate to, String label) {

    /**
     * The longest period one request may compute: the ten years a bureau compares at most (a district's
     * member figures are kept for {@code reporting.aggregates.years}, 10 by default), and a bound on the
     * work a single request can cause.
     */
    public static final int MAX_YEARS = 10;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-S([12])");

    public static Period parse(String period, LocalDate from, LocalDate to) {
        if (period == null || period.isBlank()) {
            if (from == null || to == null) {
                throw ProblemException.invalid("period", "give a period (2026, 2026-Q3, 2026-09, 2025-S1) or both from and to");
            }
            InputBounds.requirePeriod("from", from, "to", to, MAX_YEARS);
            return new Period(from, to, from + "至" + to);
        }
        Period named = named(period);
        if (!InputBounds.withinDateRange(named.from()) || !InputBounds.withinDateRange(named.to())) {
            throw ProblemException.invalid("period", "must lie between " + InputBounds.EARLIEST_DATE.getYear() + " and "
                    + InputBounds.LATEST_DATE.getYear());
        }
        return named;
    }

    private static Period named(String period) {
        Matcher m;
        if ((m = SEMESTER.matcher(period)).matches()) {
            int schoolYear = Integer.parseInt(m.group(1));
            return m.group(2).equals("1")
                    ? new Period(LocalDate.of(schoolYear, 9, 1), LocalDate.of(schoolYear + 1, 1, 31), schoolYear + "学年第一学期")
                    : new Period(LocalDate.of(schoolYear + 1, 2, 1), LocalDate.of(schoolYear + 1, 7, 31), schoolYear + "学年第二学期");
        }
        if ((m = QUARTER.matcher(period)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int quarter = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            return new Period(start, start.plusMonths(3).minusDays(1), year + "年第" + quarter + "季度");
        }
        if ((m = MONTH.matcher(period)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw ProblemException.invalid("period", "has no month " + month);
            }
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return new Period(yearMonth.atDay(1), yearMonth.atEndOfMonth(), yearMonth.getYear() + "年" + month + "月");
        }
        if ((m = YEAR.matcher(period)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year + "年");
        }
        throw ProblemException.invalid("period", "must look like 2026, 2026-Q3, 2026-09, 2025-S1 or 2025-S2");
    }
}
