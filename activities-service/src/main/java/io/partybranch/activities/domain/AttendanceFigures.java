package io.partybranch.activities.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 应到, 实到 and what follows from them for one held activity: the attendance rate, and the quorum
 * where the type has one. A general meeting is quorate when more than half of the full members
 * expected (those with a vote) are present; a committee meeting when more than half of the committee
 * is; other activities have no quorum. A meeting without one is recorded and flagged, not refused.
 */
public record AttendanceFigures(int expected, int present, BigDecimal attendanceRate, Integer votingExpected,
        Integer votingPresent, Boolean quorumMet) {

    public static AttendanceFigures of(ActivityType type, int expected, int present, int votingExpected, int votingPresent) {
        BigDecimal rate = expected == 0
                ? null
                : BigDecimal.valueOf(present).divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_UP);
        return switch (type) {
            case GENERAL_MEETING -> new AttendanceFigures(expected, present, rate, votingExpected, votingPresent,
                    moreThanHalf(votingPresent, votingExpected));
            case COMMITTEE_MEETING -> new AttendanceFigures(expected, present, rate, null, null, moreThanHalf(present, expected));
            default -> new AttendanceFigures(expected, present, rate, null, null, null);
        };
    }

    /** A resolution of a general meeting passes with more than half of the voting members expected, not of those voting. */
    public static boolean resolutionPasses(int yes, int votingExpected) {
        return moreThanHalf(yes, votingExpected);
    }

    private static boolean moreThanHalf(int part, int whole) {
        return part * 2 > whole;
    }
}
