package io.partybranch.members.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.partybranch.common.http.ProblemException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each rule of the development file with a case it allows and one it refuses, by the rule's id. */
class DevelopmentFileRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    private static void refusedBy(String rule, Executable check) {
        ProblemException refusal = assertThrows(ProblemException.class, check);
        assertEquals(409, refusal.status());
        assertEquals("/problems/rule-violation/" + rule, refusal.type());
    }

    @Test
    void aStepFallsWithinItsStage() {
        assertDoesNotThrow(() -> DevelopmentFileRules.checkStage(DevelopmentStepKind.RECOMMENDATION, PoliticalStatus.ACTIVIST,
                DAY.minusYears(1), null, DAY));
        // Recorded later, an activist's step still lies between becoming activist and becoming candidate.
        assertDoesNotThrow(() -> DevelopmentFileRules.checkStage(DevelopmentStepKind.ACTIVIST_REPORT, PoliticalStatus.CANDIDATE,
                DAY.minusYears(1), DAY, DAY));
        refusedBy("development-step-order", () -> DevelopmentFileRules.checkStage(DevelopmentStepKind.POLITICAL_REVIEW,
                PoliticalStatus.ACTIVIST, DAY.minusYears(1), null, DAY));
        refusedBy("dates-out-of-order", () -> DevelopmentFileRules.checkStage(DevelopmentStepKind.APPLICATION_TALK,
                PoliticalStatus.APPLICANT, DAY, null, DAY.minusDays(1)));
        refusedBy("dates-out-of-order", () -> DevelopmentFileRules.checkStage(DevelopmentStepKind.ACTIVIST_REPORT,
                PoliticalStatus.CANDIDATE, DAY.minusYears(1), DAY, DAY.plusDays(1)));
    }

    @Test
    void aStepFollowsTheStepsItRequires() {
        assertDoesNotThrow(() -> DevelopmentFileRules.checkPrerequisites(DevelopmentStepKind.PRE_REVIEW, DAY,
                Map.of(DevelopmentStepKind.POLITICAL_REVIEW, DAY.minusMonths(1), DevelopmentStepKind.TRAINING, DAY)));
        refusedBy("development-step-order", () -> DevelopmentFileRules.checkPrerequisites(DevelopmentStepKind.PRE_REVIEW, DAY,
                Map.of(DevelopmentStepKind.POLITICAL_REVIEW, DAY.minusMonths(1))));
        refusedBy("dates-out-of-order", () -> DevelopmentFileRules.checkPrerequisites(DevelopmentStepKind.PRE_REVIEW, DAY,
                Map.of(DevelopmentStepKind.POLITICAL_REVIEW, DAY.minusMonths(1), DevelopmentStepKind.TRAINING, DAY.plusDays(1))));
        refusedBy("development-step-order", () -> DevelopmentFileRules.checkPrerequisites(DevelopmentStepKind.ADMISSION_APPROVAL, DAY,
                Map.of(DevelopmentStepKind.PRE_REVIEW, DAY, DevelopmentStepKind.PUBLICITY, DAY)));
    }

    @Test
    void theTrainingLastsThreeDaysOr24ClassHours() {
        assertDoesNotThrow(() -> DevelopmentFileRules.checkTraining(DAY, DAY.plusDays(2), null));
        assertDoesNotThrow(() -> DevelopmentFileRules.checkTraining(DAY, DAY.plusDays(1), 24));
        refusedBy("training-too-short", () -> DevelopmentFileRules.checkTraining(DAY, DAY.plusDays(1), 23));
        refusedBy("training-too-short", () -> DevelopmentFileRules.checkTraining(DAY, DAY.plusDays(1), null));
        assertEquals(400,
                assertThrows(ProblemException.class, () -> DevelopmentFileRules.checkTraining(DAY, DAY.minusDays(1), 30)).status());
    }

    @Test
    void aCandidateIsChosenAfterTheRecommendationAndAReviewOfTheLastHalfYear() {
        LocalDate candidacy = LocalDate.of(2026, 9, 10);
        assertDoesNotThrow(() -> DevelopmentFileRules.checkCandidacy(candidacy, candidacy.minusMonths(6), candidacy));
        refusedBy("candidacy-without-review", () -> DevelopmentFileRules.checkCandidacy(candidacy, candidacy.minusMonths(6).minusDays(1),
                candidacy));
        refusedBy("candidacy-without-review", () -> DevelopmentFileRules.checkCandidacy(candidacy, null, candidacy));
        refusedBy("candidacy-without-review", () -> DevelopmentFileRules.checkCandidacy(candidacy, candidacy, null));
    }

    @Test
    void aPublicityLastsFiveWorkingDays() {
        assertDoesNotThrow(() -> DevelopmentFileRules.checkPublicity(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 11)));
        refusedBy("publicity-too-short", () -> DevelopmentFileRules.checkPublicity(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13)
                .minusDays(3)));
    }

    @Test
    void theApprovalComesWithinThreeMonthsOfTheMeeting() {
        assertDoesNotThrow(() -> DevelopmentFileRules.checkApproval(DAY, DAY.plusMonths(3)));
        refusedBy("approval-after-three-months", () -> DevelopmentFileRules.checkApproval(DAY, DAY.plusMonths(3).plusDays(1)));
        refusedBy("dates-out-of-order", () -> DevelopmentFileRules.checkApproval(DAY, DAY.minusDays(1)));
    }

    @Test
    void theStepsRunInTheRegulationsOrder() {
        for (DevelopmentStepKind kind : DevelopmentStepKind.values()) {
            for (DevelopmentStepKind required : kind.requires()) {
                Assertions.assertTrue(required.ordinal() < kind.ordinal(), kind + " requires the later " + required);
            }
            Assertions.assertTrue(kind.ordinal() == 0
                    || DevelopmentStepKind.values()[kind.ordinal() - 1].stage().ordinal() <= kind.stage().ordinal(), kind + " stage order");
        }
    }
}
