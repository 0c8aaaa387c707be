package io.partybranch.members.domain;

import io.partybranch.common.http.ProblemException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * The ordering and time rules of the development file (发展党员工作细则): in which stage a step falls,
 * what must have passed before it, how long the training and the 公示 last, what a branch needs on
 * file before it makes an activist a candidate, how soon the higher committee approves. Pure: the
 * caller says what is on file.
 */
public final class DevelopmentFileRules {

    public static final int MINIMUM_PUBLICITY_WORKING_DAYS = 5;
    public static final int APPROVAL_MONTHS = 3;
    public static final int MINIMUM_TRAINING_DAYS = 3;
    public static final int MINIMUM_TRAINING_HOURS = 24;
    /** The branch reviews an activist every half year; candidacy needs a review no older than that. */
    public static final Period ACTIVIST_REVIEW_INTERVAL = Period.ofMonths(6);

    private DevelopmentFileRules() {
    }

    /** Monday to Friday from the first day to the last, both included; public holidays are not known to the platform. */
    public static int workingDays(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    public static void checkPublicity(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("endsOn", "must be on or after doneOn (the first day of the 公示)");
        }
        int days = workingDays(from, to);
        if (days < MINIMUM_PUBLICITY_WORKING_DAYS) {
            throw ProblemException.refused(MembersRule.PUBLICITY_TOO_SHORT, "The 公示 from " + from + " to " + to + " lasts " + days
                    + " working day(s); at least " + MINIMUM_PUBLICITY_WORKING_DAYS + " are needed");
        }
    }

    /** Why a general meeting could not yet admit the candidate, or null when it could: the 预审 passed and the 公示 ended before it. */
    public static String admissionVoteProblem(LocalDate preReviewOn, LocalDate publicityEndsOn, LocalDate meetingOn) {
        if (preReviewOn == null) {
            return "no passed 预审 on file before the meeting";
        }
        if (publicityEndsOn == null) {
            return "no 公示 without objection on file before the meeting";
        }
        if (!meetingOn.isAfter(publicityEndsOn)) {
            return "the meeting of " + meetingOn + " is not after the end of the 公示 (" + publicityEndsOn + ")";
        }
        return null;
    }

    /** The approval comes after the meeting's vote and within three months of it. */
    public static String approvalProblem(LocalDate meetingOn, LocalDate approvedOn) {
        if (approvedOn.isBefore(meetingOn)) {
            return "the approval of " + approvedOn + " is before the general meeting of " + meetingOn;
        }
        if (approvedOn.isAfter(meetingOn.plusMonths(APPROVAL_MONTHS))) {
            return "the approval of " + approvedOn + " is more than " + APPROVAL_MONTHS + " months after the general meeting of "
                    + meetingOn;
        }
        return null;
    }

    public static void checkApproval(LocalDate meetingOn, LocalDate approvedOn) {
        String problem = approvalProblem(meetingOn, approvedOn);
        if (problem != null) {
            throw ProblemException.refused(approvedOn.isBefore(meetingOn)
                    ? MembersRule.DATES_OUT_OF_ORDER
                    : MembersRule.APPROVAL_AFTER_THREE_MONTHS, problem);
        }
    }

    /**
     * A step falls within its stage: the member has reached it, and its day lies between the day the
     * stage began and the day the next one began (a step of an earlier stage can be recorded later).
     *
     * @param stageStart the day the member entered the step's stage, or null when not known
     * @param nextStageStart the day the member left it, or null while still in it
     */
    public static void checkStage(DevelopmentStepKind kind, PoliticalStatus status, LocalDate stageStart, LocalDate nextStageStart,
            LocalDate doneOn) {
        if (status.ordinal() < kind.stage().ordinal()) {
            throw ProblemException.refused(MembersRule.DEVELOPMENT_STEP_ORDER, "A " + kind + " is of a member who is at least "
                    + kind.stage() + "; this member is " + status);
        }
        if (stageStart != null && doneOn.isBefore(stageStart)) {
            throw ProblemException.refused(MembersRule.DATES_OUT_OF_ORDER, "A " + kind + " on " + doneOn + " is before the member became "
                    + kind.stage() + " (" + stageStart + ")");
        }
        if (nextStageStart != null && doneOn.isAfter(nextStageStart)) {
            throw ProblemException.refused(MembersRule.DATES_OUT_OF_ORDER, "A " + kind + " on " + doneOn + " is after the member left the "
                    + kind.stage() + " stage (" + nextStageStart + ")");
        }
    }

    /**
     * Every step the kind requires has passed on or before its day.
     *
     * @param passedOn per required kind, the day its latest passed record ended (absent when none passed)
     */
    public static void checkPrerequisites(DevelopmentStepKind kind, LocalDate doneOn, Map<DevelopmentStepKind, LocalDate> passedOn) {
        for (DevelopmentStepKind required : kind.requires()) {
            LocalDate passed = passedOn.get(required);
            if (passed == null) {
                throw ProblemException.refused(MembersRule.DEVELOPMENT_STEP_ORDER, "A " + kind + " (" + kind.label() + ") follows a passed "
                        + required + " (" + required.label() + "); the file has none");
            }
            if (doneOn.isBefore(passed)) {
                throw ProblemException.refused(MembersRule.DATES_OUT_OF_ORDER, "The " + kind + " of " + doneOn + " is before the "
                        + required + " it follows (" + passed + ")");
            }
        }
    }

    /** The concentrated training lasts at least three days or 24 class hours (集中培训). */
    public static void checkTraining(LocalDate from, LocalDate to, Integer classHours) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("endsOn", "must be on or after doneOn (the first day of the training)");
        }
        long days = from.datesUntil(to.plusDays(1)).count();
        if (days < MINIMUM_TRAINING_DAYS && (classHours == null || classHours < MINIMUM_TRAINING_HOURS)) {
            throw ProblemException.refused(MembersRule.TRAINING_TOO_SHORT, "The training from " + from + " to " + to + " lasts " + days
                    + " day(s) and " + (classHours == null ? "no stated" : classHours) + " class hour(s); at least "
                    + MINIMUM_TRAINING_DAYS + " days or " + MINIMUM_TRAINING_HOURS + " class hours are needed");
        }
    }

    /**
     * An activist becomes a candidate after the members' and the masses' recommendation and a branch
     * review of the last half year, both passed by that day (确定发展对象).
     *
     * @param latestReviewOn the latest passed 培养考察 on or before the day, or null
     * @param recommendedOn the latest passed 推荐 on or before the day, or null
     */
    public static void checkCandidacy(LocalDate candidateOn, LocalDate latestReviewOn, LocalDate recommendedOn) {
        if (recommendedOn == null) {
            throw ProblemException.refused(MembersRule.CANDIDACY_WITHOUT_REVIEW, "A candidate is chosen after a passed "
                    + DevelopmentStepKind.RECOMMENDATION + " (" + DevelopmentStepKind.RECOMMENDATION.label() + ") on or before "
                    + candidateOn);
        }
        if (latestReviewOn == null || latestReviewOn.isBefore(candidateOn.minus(ACTIVIST_REVIEW_INTERVAL))) {
            throw ProblemException.refused(MembersRule.CANDIDACY_WITHOUT_REVIEW, "A candidate is chosen after a passed "
                    + DevelopmentStepKind.ACTIVIST_REVIEW + " (" + DevelopmentStepKind.ACTIVIST_REVIEW.label()
                    + ") of the half year before "
                    + candidateOn + (latestReviewOn == null ? "; the file has none" : "; the latest is of " + latestReviewOn));
        }
    }
}
