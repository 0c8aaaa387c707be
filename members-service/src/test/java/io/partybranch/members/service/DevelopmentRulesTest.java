package io.partybranch.members.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.http.ProblemException;
import io.partybranch.members.domain.PoliticalStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The development rules that need no database, each at its boundary. */
class DevelopmentRulesTest {

    private static void refusedBy(String rule, Executable step) {
        ProblemException refused = assertThrows(ProblemException.class, step);
        assertEquals(409, refused.status());
        assertEquals("/problems/rule-violation/" + rule, refused.type());
    }

    @Test
    void anApplicantIsEighteenOnTheApplicationDay() {
        LocalDate birth = LocalDate.of(2008, 10, 8);
        assertDoesNotThrow(() -> DevelopmentRules.checkApplicantAge(birth, LocalDate.of(2026, 10, 8)));
        refusedBy("applicant-under-18", () -> DevelopmentRules.checkApplicantAge(birth, LocalDate.of(2026, 10, 7)));
        assertDoesNotThrow(() -> DevelopmentRules.checkApplicantAge(LocalDate.of(1960, 1, 1), LocalDate.of(2026, 10, 7)));
    }

    @Test
    void aCandidateHasBeenAnActivistForAYear() {
        LocalDate activist = LocalDate.of(2025, 9, 10);
        assertDoesNotThrow(() -> DevelopmentRules.checkActivistPeriod(activist, LocalDate.of(2026, 9, 10)));
        refusedBy("activist-too-short", () -> DevelopmentRules.checkActivistPeriod(activist, LocalDate.of(2026, 9, 9)));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> DevelopmentRules.checkActivistPeriod(activist, LocalDate.of(2026, 1, 1)));
        assertTrue(refused.getMessage().contains("earliest candidate date 2026-09-10"), refused.getMessage());
    }

    @Test
    void probationIsAYearAndConversionNotBeforeItsEnd() {
        assertEquals(LocalDate.of(2027, 10, 1), DevelopmentRules.probationEnd(LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2025, 2, 28), DevelopmentRules.probationEnd(LocalDate.of(2024, 2, 29)), "a leap day ends on 28 February");
        assertDoesNotThrow(() -> DevelopmentRules.checkProbationEnded(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 1)));
        refusedBy("probation-not-ended", () -> DevelopmentRules.checkProbationEnded(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 9, 30)));
    }

    @Test
    void eachStepIsTheNextOneAndAFullMemberHasNoneLeft() {
        assertDoesNotThrow(() -> DevelopmentRules.checkNextStep(PoliticalStatus.APPLICANT, PoliticalStatus.ACTIVIST));
        assertDoesNotThrow(() -> DevelopmentRules.checkNextStep(PoliticalStatus.PROBATIONARY, PoliticalStatus.FULL));
        refusedBy("pipeline-order", () -> DevelopmentRules.checkNextStep(PoliticalStatus.APPLICANT, PoliticalStatus.CANDIDATE));
        refusedBy("pipeline-order", () -> DevelopmentRules.checkNextStep(PoliticalStatus.CANDIDATE, PoliticalStatus.ACTIVIST));
        refusedBy("pipeline-order", () -> DevelopmentRules.checkNextStep(PoliticalStatus.ACTIVIST, PoliticalStatus.ACTIVIST));
        refusedBy("pipeline-order", () -> DevelopmentRules.checkNextStep(PoliticalStatus.FULL, PoliticalStatus.FULL));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> DevelopmentRules.checkNextStep(PoliticalStatus.FULL, PoliticalStatus.APPLICANT));
        assertTrue(refused.getMessage().contains("nothing further"), refused.getMessage());
    }

    @Test
    void aStepIsNotDatedBeforeThePreviousOne() {
        LocalDate previous = LocalDate.of(2026, 10, 8);
        assertDoesNotThrow(() -> DevelopmentRules.checkNotBefore(previous, previous, "statusSince"));
        assertDoesNotThrow(() -> DevelopmentRules.checkNotBefore(previous, null, "statusSince"));
        refusedBy("dates-out-of-order", () -> DevelopmentRules.checkNotBefore(previous.minusDays(1), previous, "statusSince"));
    }

    @Test
    void anExtensionIsSixToTwelveMonths() {
        for (int months : new int[]{6, 9, 12}) {
            assertDoesNotThrow(() -> DevelopmentRules.checkExtensionMonths(months));
        }
        for (int months : new int[]{5, 13, 0, -6}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> DevelopmentRules.checkExtensionMonths(months));
            assertEquals(400, refused.status());
            assertEquals("months", refused.errors().get(0).field());
        }
    }

    @Test
    void aRegistrationIsCheckedOnTheDatesItGives() {
        LocalDate adult = LocalDate.of(1990, 1, 1);
        assertDoesNotThrow(() -> DevelopmentRules.checkRegistration(PoliticalStatus.FULL, adult,
                new PipelineDates(LocalDate.of(2009, 1, 1), null, null, LocalDate.of(2010, 7, 1), LocalDate.of(2011, 7, 1))));
        refusedBy("applicant-under-18", () -> DevelopmentRules.checkRegistration(PoliticalStatus.APPLICANT, LocalDate.of(2010, 1, 1),
                new PipelineDates(LocalDate.of(2026, 1, 1), null, null, null, null)));
        refusedBy("activist-too-short", () -> DevelopmentRules.checkRegistration(PoliticalStatus.CANDIDATE, adult,
                new PipelineDates(null, LocalDate.of(2025, 9, 10), LocalDate.of(2026, 9, 9), null, null)));
        refusedBy("probation-not-ended", () -> DevelopmentRules.checkRegistration(PoliticalStatus.FULL, adult,
                new PipelineDates(null, null, null, LocalDate.of(2010, 7, 1), LocalDate.of(2011, 6, 30))));
        // A probationer's admission date is not a conversion: no probation check until FULL.
        assertDoesNotThrow(() -> DevelopmentRules.checkRegistration(PoliticalStatus.PROBATIONARY, adult,
                new PipelineDates(null, null, null, LocalDate.of(2026, 6, 15), null)));
        assertDoesNotThrow(() -> DevelopmentRules.checkRegistration(PoliticalStatus.CANDIDATE, adult,
                new PipelineDates(null, null, LocalDate.of(2026, 9, 9), null, null)), "no activist date, nothing to compare");
    }
}
