package io.partybranch.activities.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionStagesTest {

    private static DecisionStages.Stage stage(String stage, String day) {
        return new DecisionStages.Stage(stage, LocalDate.parse(day));
    }

    @Test
    void aDecisionStartsAtTheCommittee() {
        assertTrue(DecisionStages.startAtTheCommittee(List.of(stage("COMMITTEE", "2026-09-01"))));
        assertFalse(DecisionStages.startAtTheCommittee(List.of(stage("ADMINISTRATION", "2026-09-01"))));
        assertFalse(DecisionStages.startAtTheCommittee(List.of()));
    }

    @Test
    void stagesRunInOrderEachOnOrAfterThePrevious() {
        assertTrue(DecisionStages.inOrder(List.of(stage("COMMITTEE", "2026-09-01"), stage("ADMINISTRATION", "2026-09-01"),
                stage("STAFF_CONGRESS", "2026-09-10"))), "the same day is in order");
        assertTrue(DecisionStages.inOrder(List.of(stage("COMMITTEE", "2026-09-01"), stage("STAFF_CONGRESS", "2026-09-10"))),
                "a stage may be skipped");
        assertFalse(DecisionStages.inOrder(List.of(stage("COMMITTEE", "2026-09-01"), stage("ADMINISTRATION", "2026-08-30"))));
        assertFalse(DecisionStages.inOrder(List.of(stage("COMMITTEE", "2026-09-01"), stage("STAFF_CONGRESS", "2026-09-02"),
                stage("ADMINISTRATION", "2026-09-03"))));
        assertFalse(DecisionStages.inOrder(List.of(stage("COMMITTEE", "2026-09-01"), stage("COMMITTEE", "2026-09-02"))));
        assertTrue(DecisionStages.inOrder(List.of(stage("COMMITTEE", "2026-09-01"))));
    }
}
