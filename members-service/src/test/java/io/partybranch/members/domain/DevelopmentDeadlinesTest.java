package io.partybranch.members.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.members.domain.DevelopmentDeadlines.Dates;
import io.partybranch.members.domain.DevelopmentDeadlines.Deadline;
import io.partybranch.members.domain.DevelopmentDeadlines.State;
import io.partybranch.members.domain.DevelopmentDeadlines.StepOnFile;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time limits the file tracks, each done on time, done late, open and overdue. */
class DevelopmentDeadlinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void theTalkIsDueWithinAMonthOfTheApplication() {
        Dates applicant = new Dates(PoliticalStatus.APPLICANT, d("2026-10-08"), null, null, null);
        assertEquals(List.of(new Deadline(DevelopmentStepKind.APPLICATION_TALK, d("2026-11-08"), null, State.OVERDUE)),
                DevelopmentDeadlines.of(applicant, List.of(), TODAY));
        assertEquals(State.DONE, DevelopmentDeadlines.of(applicant,
                List.of(new StepOnFile(DevelopmentStepKind.APPLICATION_TALK, d("2026-11-08"), true)), TODAY).get(0).state());
        assertEquals(State.DONE_LATE, DevelopmentDeadlines.of(applicant,
                List.of(new StepOnFile(DevelopmentStepKind.APPLICATION_TALK, d("2026-11-09"), true)), TODAY).get(0).state());
        assertEquals(State.OPEN, DevelopmentDeadlines.of(new Dates(PoliticalStatus.APPLICANT, d("2026-11-01"), null, null, null), List.of(),
                TODAY).get(0).state());
    }

    @Test
    void anActivistIsReviewedEveryHalfYearFromTheLatestPassedReview() {
        Dates activist = new Dates(PoliticalStatus.ACTIVIST, null, d("2026-01-10"), null, null);
        assertEquals(List.of(new Deadline(DevelopmentStepKind.ACTIVIST_REVIEW, d("2026-07-10"), null, State.OVERDUE)),
                DevelopmentDeadlines.of(activist, List.of(), TODAY));
        assertEquals(List.of(new Deadline(DevelopmentStepKind.ACTIVIST_REVIEW, d("2027-01-05"), null, State.OPEN)),
                DevelopmentDeadlines.of(activist, List.of(new StepOnFile(DevelopmentStepKind.ACTIVIST_REVIEW, d("2026-07-05"), true),
                        new StepOnFile(DevelopmentStepKind.ACTIVIST_REVIEW, d("2026-08-05"), false)), TODAY));
    }

    @Test
    void theApprovalIsDueWithinThreeMonthsOfAPassedVote() {
        Dates candidate = new Dates(PoliticalStatus.CANDIDATE, null, d("2024-09-10"), null, null);
        List<StepOnFile> voted = List.of(new StepOnFile(DevelopmentStepKind.ADMISSION_VOTE, d("2026-08-10"), true));
        assertEquals(List.of(new Deadline(DevelopmentStepKind.ADMISSION_APPROVAL, d("2026-11-10"), null, State.OVERDUE)),
                DevelopmentDeadlines.of(candidate, voted, TODAY));
        assertEquals(List.of(), DevelopmentDeadlines.of(candidate, List.of(voted.get(0),
                new StepOnFile(DevelopmentStepKind.ADMISSION_APPROVAL, d("2026-09-01"), true)), TODAY));
        assertEquals(List.of(), DevelopmentDeadlines.of(candidate,
                List.of(new StepOnFile(DevelopmentStepKind.ADMISSION_VOTE, d("2026-08-10"), false)), TODAY));
    }

    @Test
    void probationIsReviewedEveryQuarterAndTheConversionDiscussedWhenItEnds() {
        Dates probationary = new Dates(PoliticalStatus.PROBATIONARY, null, null, d("2026-06-15"), d("2027-06-15"));
        assertEquals(List.of(new Deadline(DevelopmentStepKind.PROBATION_REVIEW, d("2026-09-15"), null, State.OVERDUE),
                new Deadline(DevelopmentStepKind.CONVERSION_VOTE, d("2027-06-15"), null, State.OPEN)),
                DevelopmentDeadlines.of(probationary, List.of(), TODAY));
        assertEquals(d("2027-01-01"), DevelopmentDeadlines.of(probationary,
                List.of(new StepOnFile(DevelopmentStepKind.PROBATION_REVIEW, d("2026-10-01"), true)), TODAY).get(0).dueOn());
    }
}
