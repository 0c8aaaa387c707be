package io.partybranch.activities.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 应到/实到, the rate and the quorum of each kind of activity, at their boundaries. */
class AttendanceFiguresTest {

    @Test
    void aGeneralMeetingIsQuorateWithMoreThanHalfOfTheVotingMembersPresent() {
        AttendanceFigures figures = AttendanceFigures.of(ActivityType.GENERAL_MEETING, 6, 5, 5, 4);
        assertEquals(new AttendanceFigures(6, 5, new BigDecimal("0.8333"), 5, 4, true), figures);
        assertTrue(AttendanceFigures.of(ActivityType.GENERAL_MEETING, 7, 3, 6, 4).quorumMet(), "4 of 6");
        assertFalse(AttendanceFigures.of(ActivityType.GENERAL_MEETING, 7, 5, 6, 3).quorumMet(), "3 of 6 is half, not more");
        assertFalse(AttendanceFigures.of(ActivityType.GENERAL_MEETING, 7, 7, 6, 2).quorumMet(),
                "the probationers present do not make a quorum");
    }

    @Test
    void aCommitteeMeetingIsQuorateWithMoreThanHalfOfTheCommittee() {
        AttendanceFigures figures = AttendanceFigures.of(ActivityType.COMMITTEE_MEETING, 3, 2, 3, 2);
        assertEquals(new AttendanceFigures(3, 2, new BigDecimal("0.6667"), null, null, true), figures);
        assertFalse(AttendanceFigures.of(ActivityType.COMMITTEE_MEETING, 4, 2, 4, 2).quorumMet(), "2 of 4");
    }

    @Test
    void otherActivitiesHaveARateButNoQuorum() {
        AttendanceFigures lecture = AttendanceFigures.of(ActivityType.PARTY_LECTURE, 8, 8, 7, 7);
        assertEquals(new BigDecimal("1.0000"), lecture.attendanceRate());
        assertNull(lecture.quorumMet());
        assertNull(lecture.votingExpected());
        assertNull(lecture.votingPresent());
    }

    @Test
    void nobodyExpectedIsNoRate() {
        AttendanceFigures empty = AttendanceFigures.of(ActivityType.GROUP_MEETING, 0, 0, 0, 0);
        assertNull(empty.attendanceRate());
        assertEquals(0, empty.expected());
        assertEquals(new BigDecimal("0.5000"), AttendanceFigures.of(ActivityType.GROUP_MEETING, 2, 1, 0, 0).attendanceRate());
    }

    @Test
    void aResolutionNeedsMoreThanHalfOfThoseWhoShouldAttend() {
        assertTrue(AttendanceFigures.resolutionPasses(3, 5));
        assertFalse(AttendanceFigures.resolutionPasses(2, 5), "all of those voting, but not more than half of the five");
        assertFalse(AttendanceFigures.resolutionPasses(3, 6));
        assertTrue(AttendanceFigures.resolutionPasses(4, 6));
        assertFalse(AttendanceFigures.resolutionPasses(0, 0));
    }
}
