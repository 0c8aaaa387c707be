package io.partybranch.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberStandingTest {

    private static final UUID BRANCH = UUID.randomUUID();

    @Test
    void aFullMemberStartsCountingInTheMonthOfEachStepAndMovesBandOnBirthdaysAndAnniversaries() {
        MemberStanding.Facts facts = new MemberStanding.Facts(BRANCH, LocalDate.of(1985, 4, 12), "FEMALE", "BACHELOR", "FULL",
                LocalDate.of(2011, 7, 1), null, null, null, LocalDate.of(2010, 7, 1), LocalDate.of(2011, 7, 1), LocalDate.of(2011, 7, 1),
                "NORMAL", false);
        List<MemberStanding.Change> changes = MemberStanding.changes(facts);
        assertEquals(Map.of("STATUS", "PROBATIONARY", "STATE", "NORMAL", "GENDER", "FEMALE", "EDUCATION", "BACHELOR", "AGE_BAND", "<30"),
                at(changes, YearMonth.of(2010, 7)));
        assertEquals(Map.of(), at(changes, YearMonth.of(2010, 6)));
        assertEquals("FULL", at(changes, YearMonth.of(2011, 7)).get("STATUS"));
        assertEquals("<5", at(changes, YearMonth.of(2011, 7)).get("STANDING_BAND"));
        // Thirty on 12 April 2015, five years' standing on 1 July 2016.
        assertEquals("<30", at(changes, YearMonth.of(2015, 3)).get("AGE_BAND"));
        assertEquals("30-39", at(changes, YearMonth.of(2015, 4)).get("AGE_BAND"));
        assertEquals("5-9", at(changes, YearMonth.of(2016, 7)).get("STANDING_BAND"));
        assertEquals(List.of(new MemberStanding.Flow(LocalDate.of(2010, 7, 1), "JOINED"), new MemberStanding.Flow(LocalDate.of(2011, 7, 1),
                "CONVERTED")), MemberStanding.flows(facts));
        assertNull(MemberStanding.due(facts));
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayCountsAYearOlderOnlyFromMarchInCommonYears() {
        assertEquals(YearMonth.of(2014, 3), MemberStanding.firstMonthAtLeast(LocalDate.of(1984, 2, 29), 30));
        assertEquals(YearMonth.of(2016, 2), MemberStanding.firstMonthAtLeast(LocalDate.of(1986, 2, 28), 30));
    }

    @Test
    void whatFallsDueIsDatedByTheFirstDayItIsOverdue() {
        MemberStanding.Facts activist = new MemberStanding.Facts(BRANCH, LocalDate.of(1995, 1, 1), "MALE", null, "ACTIVIST",
                LocalDate.of(2024, 11, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 11, 1), null, null, null, null, "NORMAL", false);
        assertEquals(new MemberStanding.Due("ACTIVIST_PAST_A_YEAR", LocalDate.of(2025, 11, 1)), MemberStanding.due(activist));
        MemberStanding.Facts probationary = new MemberStanding.Facts(BRANCH, LocalDate.of(1995, 1, 1), "MALE", null, "PROBATIONARY",
                LocalDate.of(2024, 5, 1), null, null, null, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 5, 1), null, "SUSPENDED", false);
        assertEquals(new MemberStanding.Due("CONVERSION_LATE", LocalDate.of(2025, 5, 2)), MemberStanding.due(probationary));
        MemberStanding.Facts left = new MemberStanding.Facts(BRANCH, LocalDate.of(1995, 1, 1), "MALE", null, "PROBATIONARY",
                LocalDate.of(2024, 5, 1), null, null, null, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 5, 1), null, "LEFT", false);
        assertNull(MemberStanding.due(left));
    }

    /** Summing the changes up to any month gives what deciding every figure afresh on that month's last day gives. */
    @Test
    void theChangesSumToTheFiguresOfEveryMonthEnd() {
        Random random = new Random(20261202);
        for (int person = 0; person < 500; person++) {
            MemberStanding.Facts facts = randomPerson(random);
            List<MemberStanding.Change> changes = MemberStanding.changes(facts);
            for (YearMonth month = YearMonth.of(1975, 1); month.isBefore(YearMonth.of(2040, 1)); month = month.plusMonths(1)) {
                assertEquals(direct(facts, month.atEndOfMonth()), at(changes, month), facts + " at " + month);
            }
        }
    }

    private static Map<String, String> at(List<MemberStanding.Change> changes, YearMonth month) {
        Map<String, Integer> sums = new HashMap<>();
        for (MemberStanding.Change change : changes) {
            if (!YearMonth.from(change.month()).isAfter(month)) {
                sums.merge(change.dimension() + "=" + change.value(), change.delta(), Integer::sum);
            }
        }
        Map<String, String> figures = new TreeMap<>();
        sums.forEach((key, count) -> {
            if (count != 0) {
                assertEquals(1, count, key);
                String[] parts = key.split("=", 2);
                figures.put(parts[0], parts[1]);
            }
        });
        return figures;
    }

    private static Map<String, String> direct(MemberStanding.Facts facts, LocalDate end) {
        String status = MemberStanding.statusOn(facts, end);
        Map<String, String> figures = new TreeMap<>();
        if (status == null) {
            return figures;
        }
        figures.put("STATUS", status);
        figures.put("STATE", facts.membershipState());
        if (status.equals("FULL") || status.equals("PROBATIONARY")) {
            figures.put("GENDER", facts.gender());
            figures.put("EDUCATION", facts.education() == null ? "UNKNOWN" : facts.education());
            figures.put("AGE_BAND", MemberStanding.ageBand(Period.between(facts.birthDate(), end).getYears()));
            if (facts.attached()) {
                figures.put("ATTACHED", "YES");
            }
            if (facts.fullSince() != null && !facts.fullSince().isAfter(end)) {
                figures.put("STANDING_BAND", MemberStanding.standingBand(Period.between(facts.fullSince(), end).getYears()));
            }
        }
        return figures;
    }

    private static MemberStanding.Facts randomPerson(Random random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_000));
        LocalDate applied = random.nextInt(5) == 0 ? null : birth.plusYears(18).plusDays(random.nextInt(9_000));
        LocalDate activist = applied == null || random.nextBoolean() ? null : applied.plusDays(random.nextInt(700));
        LocalDate candidate = activist == null || random.nextBoolean() ? null : activist.plusDays(random.nextInt(700));
        LocalDate joined = candidate == null && random.nextInt(3) > 0
                ? null
                : (candidate != null ? candidate : birth.plusYears(20))
                        .plusDays(random.nextInt(700));
        LocalDate full = joined == null || random.nextInt(4) == 0 ? null : joined.plusYears(1).plusDays(random.nextInt(60));
        String status = full != null
                ? "FULL"
                : joined != null
                        ? "PROBATIONARY"
                        : candidate != null
                                ? "CANDIDATE"
                                : activist != null ? "ACTIVIST" : "APPLICANT";
        LocalDate since = full != null
                ? full
                : joined != null
                        ? joined
                        : candidate != null
                                ? candidate
                                : activist != null
                                        ? activist
                                        : birth.plusYears(19);
        return new MemberStanding.Facts(BRANCH, birth, random.nextBoolean() ? "MALE" : "FEMALE", random.nextInt(4) == 0 ? null : "BACHELOR",
                status, since, applied, activist, candidate, joined, joined == null ? null : joined.plusYears(1), full,
                List.of("NORMAL", "SUSPENDED", "LEFT").get(random.nextInt(3)), random.nextInt(5) == 0);
    }
}
