package io.partybranch.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DevelopmentProgressTest {

    private static final UUID FILED_IN = UUID.randomUUID();
    private static final UUID NOW_IN = UUID.randomUUID();

    @Test
    void theMemberStateHasTheLastWordOnBranchAndStage() {
        DevelopmentProgress.Standing unknown = DevelopmentProgress.standing(FILED_IN, "ACTIVIST", "ACTIVIST_REVIEW", null);
        assertEquals(new DevelopmentProgress.Standing(FILED_IN, true, true), unknown, "until a member event arrives, the file's own word");

        DevelopmentProgress.Standing moved = DevelopmentProgress.standing(FILED_IN, "ACTIVIST", "ACTIVIST_REVIEW",
                new DevelopmentProgress.Person(NOW_IN, "ACTIVIST", "NORMAL"));
        assertEquals(new DevelopmentProgress.Standing(NOW_IN, true, true), moved);

        DevelopmentProgress.Standing promoted = DevelopmentProgress.standing(FILED_IN, "ACTIVIST", "ACTIVIST_REVIEW",
                new DevelopmentProgress.Person(FILED_IN, "CANDIDATE", "NORMAL"));
        assertTrue(promoted.inDevelopment());
        assertFalse(promoted.deadlineHolds(), "an activist's review is not owed by a candidate");
    }

    @Test
    void fullMembersAndThoseNoLongerFollowedAreNotCounted() {
        assertFalse(DevelopmentProgress.standing(FILED_IN, "PROBATIONARY", "CONVERSION_VOTE",
                new DevelopmentProgress.Person(FILED_IN, "FULL", "NORMAL")).inDevelopment());
        DevelopmentProgress.Standing left = DevelopmentProgress.standing(FILED_IN, "PROBATIONARY", "PROBATION_REVIEW",
                new DevelopmentProgress.Person(FILED_IN, "PROBATIONARY", "LEFT"));
        assertFalse(left.inDevelopment());
        assertFalse(left.deadlineHolds());
        assertTrue(DevelopmentProgress.standing(FILED_IN, "PROBATIONARY", "PROBATION_REVIEW",
                new DevelopmentProgress.Person(FILED_IN, "PROBATIONARY", "SUSPENDED")).deadlineHolds());
        assertFalse(DevelopmentProgress.standing(FILED_IN, "APPLICANT", null, null).deadlineHolds(), "no limit open");
    }

    @Test
    void overdueOnceTheDayHasPassed() {
        LocalDate due = LocalDate.of(2026, 12, 1);
        assertFalse(DevelopmentProgress.overdue(due, due), "on its day it is still open");
        assertTrue(DevelopmentProgress.overdue(due, due.plusDays(1)));
        assertFalse(DevelopmentProgress.overdue(null, due));
        assertEquals(DevelopmentProgress.STEPS.size(), DevelopmentProgress.order("SOMETHING_NEW"));
        assertEquals(DevelopmentProgress.STEPS.size(), Labels.DEVELOPMENT_STEPS.size(), "every step has its name");
    }
}
