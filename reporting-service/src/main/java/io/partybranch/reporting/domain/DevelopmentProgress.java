package io.partybranch.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a person's development file stands for the pipeline and the district's counts, from the
 * latest development-step.recorded.v1 and the person's latest member state. The member state has the
 * last word on the branch and on whether the person is still in development (a transfer or a status
 * change publishes no step); the file's next time limit holds only while the person is in the stage it
 * was set for (a candidate is no longer owed an activist's review). Pure: the same facts give the same
 * answer whichever of the two events arrived first.
 */
public final class DevelopmentProgress {

    /** Whose pipeline is followed: in good standing, suspended or retained. */
    public static final List<String> FOLLOWED_STATES = List.of("NORMAL", "SUSPENDED", "RETAINED");

    /** The steps in the order the file takes them, for reading counts in that order; a step unknown here comes last. */
    public static final List<String> STEPS = List.of("APPLICATION_TALK", "MENTORS_APPOINTED", "ACTIVIST_REPORT", "ACTIVIST_REVIEW",
            "RECOMMENDATION", "POLITICAL_REVIEW", "TRAINING", "PRE_REVIEW", "PUBLICITY", "ADMISSION_VOTE", "HIGHER_COMMITTEE_TALK",
            "ADMISSION_APPROVAL", "OATH", "PROBATION_REVIEW", "PROBATION_EXTENSION", "PROBATION_CANCELLATION", "CONVERSION_VOTE",
            "CONVERSION_APPROVAL");

    private DevelopmentProgress() {
    }

    /** What reporting knows of the person from member events (null where none has arrived yet). */
    public record Person(UUID branch, String politicalStatus, String membershipState) {
    }

    /**
     * @param branch the branch the file counts for
     * @param inDevelopment counted under its current step: not yet a full member, and followed
     * @param deadlineHolds its next time limit counts (and shows): in development, one is open, and the stage is still the one it was set in
     */
    public record Standing(UUID branch, boolean inDevelopment, boolean deadlineHolds) {
    }

    /**
     * @param fileBranch the branch the step's event named
     * @param fileStatus the member's stage the event gave, after the step
     */
    public static Standing standing(UUID fileBranch, String fileStatus, String nextStep, Person person) {
        UUID branch = person != null ? person.branch() : fileBranch;
        String status = person != null ? person.politicalStatus() : fileStatus;
        boolean inDevelopment = !"FULL".equals(status) && (person == null || FOLLOWED_STATES.contains(person.membershipState()));
        return new Standing(branch, inDevelopment, inDevelopment && nextStep != null && status.equals(fileStatus));
    }

    /** The position of a step in the file's order. */
    public static int order(String step) {
        int index = STEPS.indexOf(step);
        return index < 0 ? STEPS.size() : index;
    }

    /** As the file itself reads it: overdue once the day has passed without the step. */
    public static boolean overdue(LocalDate dueOn, LocalDate asOf) {
        return dueOn != null && dueOn.isBefore(asOf);
    }
}
