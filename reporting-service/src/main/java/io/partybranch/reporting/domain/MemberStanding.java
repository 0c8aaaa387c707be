package io.partybranch.reporting.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What one person contributes to their branch's month-end figures, as changes: the month in which
 * they start counting under a (dimension, value) and the month they stop. A branch's figure at the end
 * of month M is the sum of its changes up to M, so a member event changes a handful of rows (this
 * person's old contribution out, the new one in) instead of recomputing the branch's history.
 *
 * <p>Dimensions: {@code STATUS} (the stage reached by the month's last day, as the branch statistics
 * decide it) and {@code STATE} over everyone in the pipeline; {@code ATTACHED}, {@code GENDER},
 * {@code EDUCATION}, {@code AGE_BAND} and {@code STANDING_BAND} (党龄) over party members (full and
 * probationary). Movements ({@code JOINED}, {@code CONVERTED}) count in their month. What falls due
 * (an activist a year in training, a probation over) is dated by the day it becomes overdue.
 */
public final class MemberStanding {

    public static final String STATUS = "STATUS";
    public static final String STATE = "STATE";
    public static final String ATTACHED = "ATTACHED";
    public static final String GENDER = "GENDER";
    public static final String EDUCATION = "EDUCATION";
    public static final String AGE_BAND = "AGE_BAND";
    public static final String STANDING_BAND = "STANDING_BAND";
    public static final String JOINED = "JOINED";
    public static final String CONVERTED = "CONVERTED";
    public static final String ACTIVIST_PAST_A_YEAR = "ACTIVIST_PAST_A_YEAR";
    public static final String CONVERSION_LATE = "CONVERSION_LATE";

    private static final int[] AGE_THRESHOLDS = {30, 40, 50, 60};
    private static final int[] STANDING_THRESHOLDS = {5, 10, 20};
    private static final List<String> FOLLOWED_STATES = List.of("NORMAL", "SUSPENDED", "RETAINED");

    private MemberStanding() {
    }

    /** The fields of a member the figures depend on. */
    public record Facts(UUID branch, LocalDate birthDate, String gender, String education, String politicalStatus, LocalDate statusSince,
            LocalDate appliedOn, LocalDate activistSince, LocalDate candidateSince, LocalDate joinedOn, LocalDate probationEndsOn,
            LocalDate fullSince, String membershipState, boolean attached) {
    }

    /** A month-end figure starting ({@code +1}) or stopping ({@code -1}) in a month. */
    public record Change(LocalDate month, String dimension, String value, int delta) {
    }

    public record Flow(LocalDate month, String kind) {
    }

    public record Due(String kind, LocalDate overdueFrom) {
    }

    public static List<Change> changes(Facts facts) {
        TreeSet<YearMonth> breakpoints = new TreeSet<>();
        for (LocalDate date : new LocalDate[]{applied(facts), facts.activistSince(), facts.candidateSince(), facts.joinedOn(),
                facts.fullSince()}) {
            if (date != null) {
                breakpoints.add(YearMonth.from(date));
            }
        }
        if (breakpoints.isEmpty()) {
            return List.of();
        }
        for (int years : AGE_THRESHOLDS) {
            breakpoints.add(firstMonthAtLeast(facts.birthDate(), years));
        }
        if (facts.fullSince() != null) {
            for (int years : STANDING_THRESHOLDS) {
                breakpoints.add(firstMonthAtLeast(facts.fullSince(), years));
            }
        }
        List<Change> changes = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (YearMonth month : breakpoints) {
            Map<String, String> now = figures(facts, month.atEndOfMonth());
            LocalDate first = month.atDay(1);
            before.forEach((dimension, value) -> {
                if (!value.equals(now.get(dimension))) {
                    changes.add(new Change(first, dimension, value, -1));
                }
            });
            Map<String, String> previous = before;
            now.forEach((dimension, value) -> {
                if (!value.equals(previous.get(dimension))) {
                    changes.add(new Change(first, dimension, value, 1));
                }
            });
            before = now;
        }
        return changes;
    }

    public static List<Flow> flows(Facts facts) {
        List<Flow> flows = new ArrayList<>(2);
        if (facts.joinedOn() != null) {
            flows.add(new Flow(facts.joinedOn().withDayOfMonth(1), JOINED));
        }
        if (facts.fullSince() != null) {
            flows.add(new Flow(facts.fullSince().withDayOfMonth(1), CONVERTED));
        }
        return flows;
    }

    /** As the pipeline reads the current record: an activist a year in training, a probation ended without conversion. */
    public static Due due(Facts facts) {
        if (!FOLLOWED_STATES.contains(facts.membershipState())) {
            return null;
        }
        if ("ACTIVIST".equals(facts.politicalStatus()) && facts.activistSince() != null) {
            return new Due(ACTIVIST_PAST_A_YEAR, facts.activistSince().plusYears(1));
        }
        if ("PROBATIONARY".equals(facts.politicalStatus()) && facts.probationEndsOn() != null) {
            return new Due(CONVERSION_LATE, facts.probationEndsOn().plusDays(1));
        }
        return null;
    }

    /** The stage reached by a day, as the branch statistics decide it; null before the person entered the pipeline. */
    public static String statusOn(Facts facts, LocalDate day) {
        if (onOrBefore(facts.fullSince(), day)) {
            return "FULL";
        }
        if (onOrBefore(facts.joinedOn(), day)) {
            return "PROBATIONARY";
        }
        if (onOrBefore(facts.candidateSince(), day)) {
            return "CANDIDATE";
        }
        if (onOrBefore(facts.activistSince(), day)) {
            return "ACTIVIST";
        }
        return onOrBefore(applied(facts), day) ? "APPLICANT" : null;
    }

    public static String ageBand(int age) {
        return age < 30 ? "<30" : age < 40 ? "30-39" : age < 50 ? "40-49" : age < 60 ? "50-59" : "60+";
    }

    public static String standingBand(int years) {
        return years < 5 ? "<5" : years < 10 ? "5-9" : years < 20 ? "10-19" : "20+";
    }

    private static Map<String, String> figures(Facts facts, LocalDate monthEnd) {
        String status = statusOn(facts, monthEnd);
        if (status == null) {
            return Map.of();
        }
        Map<String, String> figures = new HashMap<>();
        figures.put(STATUS, status);
        figures.put(STATE, facts.membershipState());
        if (status.equals("FULL") || status.equals("PROBATIONARY")) {
            figures.put(GENDER, facts.gender());
            figures.put(EDUCATION, facts.education() == null ? "UNKNOWN" : facts.education());
            figures.put(AGE_BAND, ageBand(Period.between(facts.birthDate(), monthEnd).getYears()));
            if (facts.attached()) {
                figures.put(ATTACHED, "YES");
            }
            if (onOrBefore(facts.fullSince(), monthEnd)) {
                figures.put(STANDING_BAND, standingBand(Period.between(facts.fullSince(), monthEnd).getYears()));
            }
        }
        return figures;
    }

    /** The first month whose last day is at least {@code years} after the date (a 29 February needs a day more). */
    static YearMonth firstMonthAtLeast(LocalDate from, int years) {
        YearMonth candidate = YearMonth.from(from.plusYears(years));
        return Period.between(from, candidate.atEndOfMonth()).getYears() >= years ? candidate : candidate.plusMonths(1);
    }

    private static LocalDate applied(Facts facts) {
        return facts.appliedOn() != null ? facts.appliedOn() : "APPLICANT".equals(facts.politicalStatus()) ? facts.statusSince() : null;
    }

    private static boolean onOrBefore(LocalDate date, LocalDate day) {
        return date != null && !date.isAfter(day);
    }
}
