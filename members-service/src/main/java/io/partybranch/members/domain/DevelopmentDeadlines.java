package io.partybranch.members.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The time limits of 发展党员工作细则 that the file tracks rather than refuses (a late talk still
 * happened and belongs on the file): the talk within a month of the application, the branch's review
 * of an activist every half year, the review of a probationary member every quarter, the conversion
 * discussed when probation ends, and the higher committee's approval within three months of the vote.
 * Pure: the caller gives the member's dates and the steps on file.
 */
public final class DevelopmentDeadlines {

    public static final Period TALK_WITHIN = Period.ofMonths(1);
    public static final Period PROBATION_REVIEW_INTERVAL = Period.ofMonths(3);
    public static final Period APPROVAL_WITHIN = Period.ofMonths(DevelopmentFileRules.APPROVAL_MONTHS);

    private DevelopmentDeadlines() {
    }

    /** Where the member is: the status and the day each stage began (null where not reached or not known). */
    public record Dates(PoliticalStatus status, LocalDate appliedOn, LocalDate activistSince, LocalDate joinedOn,
            LocalDate probationEndsOn) {
    }

    /** A step on file as the deadlines read it. */
    public record StepOnFile(DevelopmentStepKind kind, LocalDate doneOn, boolean passed) {
    }

    public enum State {
        /** done by its day */
        DONE,
        /** done, but after its day */
        DONE_LATE,
        /** not yet done, its day not yet passed */
        OPEN,
        /** not done and its day has passed */
        OVERDUE
    }

    public record Deadline(DevelopmentStepKind kind, LocalDate dueOn, LocalDate doneOn, State state) {
    }

    /** The talk's deadline always (done or not), then the open ones of the member's current stage; soonest first. */
    public static List<Deadline> of(Dates dates, List<StepOnFile> steps, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        if (dates.appliedOn() != null) {
            LocalDate talk = earliest(steps, DevelopmentStepKind.APPLICATION_TALK);
            deadlines.add(deadline(DevelopmentStepKind.APPLICATION_TALK, dates.appliedOn().plus(TALK_WITHIN), talk, today));
        }
        if (dates.status() == PoliticalStatus.ACTIVIST && dates.activistSince() != null) {
            LocalDate from = later(dates.activistSince(), latestPassed(steps, DevelopmentStepKind.ACTIVIST_REVIEW));
            deadlines.add(
                    deadline(DevelopmentStepKind.ACTIVIST_REVIEW, from.plus(DevelopmentFileRules.ACTIVIST_REVIEW_INTERVAL), null, today));
        }
        if (dates.status() == PoliticalStatus.CANDIDATE) {
            approval(steps, DevelopmentStepKind.ADMISSION_VOTE, DevelopmentStepKind.ADMISSION_APPROVAL, today, deadlines);
        }
        if (dates.status() == PoliticalStatus.PROBATIONARY && dates.joinedOn() != null) {
            LocalDate from = later(dates.joinedOn(), latestPassed(steps, DevelopmentStepKind.PROBATION_REVIEW));
            LocalDate due = from.plus(PROBATION_REVIEW_INTERVAL);
            if (dates.probationEndsOn() == null || due.isBefore(dates.probationEndsOn())) {
                deadlines.add(deadline(DevelopmentStepKind.PROBATION_REVIEW, due, null, today));
            }
            LocalDate conversionVote = latestPassed(steps, DevelopmentStepKind.CONVERSION_VOTE);
            if (conversionVote == null && dates.probationEndsOn() != null) {
                deadlines.add(deadline(DevelopmentStepKind.CONVERSION_VOTE, dates.probationEndsOn(), null, today));
            }
            approval(steps, DevelopmentStepKind.CONVERSION_VOTE, DevelopmentStepKind.CONVERSION_APPROVAL, today, deadlines);
        }
        deadlines.sort(Comparator.comparing(Deadline::dueOn));
        return deadlines;
    }

    /** The soonest time limit not yet met (open or overdue), or null: what the file waits for next. */
    public static Deadline next(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.doneOn() == null).min(Comparator.comparing(Deadline::dueOn)).orElse(null);
    }

    /** A passed vote without a later approval waits for one within three months. */
    private static void approval(List<StepOnFile> steps, DevelopmentStepKind voteKind, DevelopmentStepKind approvalKind, LocalDate today,
            List<Deadline> deadlines) {
        LocalDate vote = latestPassed(steps, voteKind);
        if (vote == null) {
            return;
        }
        boolean approved = steps.stream().anyMatch(s -> s.kind() == approvalKind && !s.doneOn().isBefore(vote));
        if (!approved) {
            deadlines.add(deadline(approvalKind, vote.plus(APPROVAL_WITHIN), null, today));
        }
    }

    private static Deadline deadline(DevelopmentStepKind kind, LocalDate dueOn, LocalDate doneOn, LocalDate today) {
        State state = doneOn != null
                ? (doneOn.isAfter(dueOn) ? State.DONE_LATE : State.DONE)
                : (today.isAfter(dueOn) ? State.OVERDUE : State.OPEN);
        return new Deadline(kind, dueOn, doneOn, state);
    }

    private static LocalDate earliest(List<StepOnFile> steps, DevelopmentStepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).map(StepOnFile::doneOn).min(Comparator.naturalOrder()).orElse(null);
    }

    private static LocalDate latestPassed(List<StepOnFile> steps, DevelopmentStepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind && s.passed()).map(StepOnFile::doneOn).max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
