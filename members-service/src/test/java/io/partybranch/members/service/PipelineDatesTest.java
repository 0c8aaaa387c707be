package io.partybranch.members.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.partybranch.common.http.Problem;
import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.model.MemberRequest;
import io.partybranch.members.repository.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A registration's pipeline dates reconciled with its status: the current stage's date is statusSince, later ones cannot be set. */
class PipelineDatesTest {

    private static final LocalDate BIRTH = LocalDate.of(1985, 4, 12);

    private static MemberRequest request(PoliticalStatus status, LocalDate since, LocalDate applied, LocalDate activist,
            LocalDate candidate, LocalDate joined) {
        return new MemberRequest(UUID.randomUUID(), "测试", Gender.FEMALE, null, BIRTH, null, null, null, null, status, since,
                applied, activist, candidate, joined, null, null, null);
    }

    private static List<String> fields(List<Problem.FieldError> errors) {
        return errors.stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void theCurrentStagesDateIsStatusSince() {
        List<Problem.FieldError> errors = new ArrayList<>();
        PipelineDates dates = PipelineDates.of(request(PoliticalStatus.ACTIVIST, LocalDate.of(2025, 9, 10), LocalDate.of(2025, 3, 1),
                null, null, null), errors);
        assertEquals(List.of(), errors);
        assertEquals(new PipelineDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 10), null, null, null), dates);
    }

    @Test
    void aFullMembersStatusSinceIsTheConversionAndTheAdmissionIsRequired() {
        List<Problem.FieldError> errors = new ArrayList<>();
        PipelineDates dates = PipelineDates.of(request(PoliticalStatus.FULL, LocalDate.of(2011, 7, 1), null, null, null,
                LocalDate.of(2010, 7, 1)), errors);
        assertEquals(List.of(), errors);
        assertEquals(LocalDate.of(2011, 7, 1), dates.fullSince());
        assertEquals(LocalDate.of(2010, 7, 1), dates.joinedOn());

        List<Problem.FieldError> missing = new ArrayList<>();
        PipelineDates.of(request(PoliticalStatus.FULL, LocalDate.of(2011, 7, 1), null, null, null, null), missing);
        assertEquals(List.of("joinedOn"), fields(missing));
    }

    @Test
    void aDateGivenForTheCurrentStageMustEqualStatusSince() {
        List<Problem.FieldError> errors = new ArrayList<>();
        PipelineDates dates = PipelineDates.of(request(PoliticalStatus.ACTIVIST, LocalDate.of(2025, 9, 10), null,
                LocalDate.of(2025, 9, 11), null, null), errors);
        assertEquals(List.of("activistSince"), fields(errors));
        assertEquals(LocalDate.of(2025, 9, 10), dates.activistSince(), "statusSince is kept");

        List<Problem.FieldError> same = new ArrayList<>();
        PipelineDates.of(request(PoliticalStatus.ACTIVIST, LocalDate.of(2025, 9, 10), null, LocalDate.of(2025, 9, 10), null, null), same);
        assertEquals(List.of(), same);
    }

    @Test
    void laterStagesCannotHaveDatesAndAreDropped() {
        List<Problem.FieldError> errors = new ArrayList<>();
        PipelineDates dates = PipelineDates.of(request(PoliticalStatus.APPLICANT, LocalDate.of(2025, 3, 1), null,
                LocalDate.of(2025, 9, 10), LocalDate.of(2026, 9, 10), LocalDate.of(2026, 10, 1)), errors);
        assertEquals(List.of("activistSince", "candidateSince", "joinedOn"), fields(errors));
        assertNull(dates.activistSince());
        assertNull(dates.candidateSince());
        assertNull(dates.joinedOn());
    }

    @Test
    void datesRunInOrderFromTheBirthDate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        PipelineDates.of(request(PoliticalStatus.CANDIDATE, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 9, 10), null, null), errors);
        // activist before applied, and the candidate date (statusSince) before the activist date
        assertEquals(List.of("activistSince", "statusSince"), fields(errors));
        assertEquals("must not be before appliedOn", errors.get(0).message());
        assertEquals("must not be before activistSince", errors.get(1).message());

        List<Problem.FieldError> beforeBirth = new ArrayList<>();
        PipelineDates.of(request(PoliticalStatus.APPLICANT, BIRTH.minusDays(1), null, null, null, null), beforeBirth);
        assertEquals(List.of("statusSince"), fields(beforeBirth));
        assertEquals("must not be before birthDate", beforeBirth.get(0).message());

        List<Problem.FieldError> sameDay = new ArrayList<>();
        PipelineDates.of(request(PoliticalStatus.ACTIVIST, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), null, null, null), sameDay);
        assertEquals(List.of(), sameDay, "a step on the day of the previous one is in order");
    }

    @Test
    void withoutStatusOrStatusSinceTheDatesAreTakenAsGiven() {
        List<Problem.FieldError> errors = new ArrayList<>();
        PipelineDates dates = PipelineDates.of(request(null, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 1, 1), null, null), errors);
        assertEquals(List.of(), errors, "field validation reports the missing status; nothing is judged here");
        assertEquals(new PipelineDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 1, 1), null, null, null), dates);
        assertEquals(new PipelineDates(null, null, null, null, null),
                PipelineDates.of(request(PoliticalStatus.FULL, null, null, null, null, null), new ArrayList<>()));
    }

    @Test
    void appliedToAMemberTheProbationEndsAYearAfterAdmission() {
        Member member = new Member();
        new PipelineDates(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 6, 1), LocalDate.of(2010, 6, 1), LocalDate.of(2010, 7, 1),
                LocalDate.of(2011, 7, 1)).applyTo(member);
        assertEquals(LocalDate.of(2009, 1, 1), member.appliedOn);
        assertEquals(LocalDate.of(2009, 6, 1), member.activistSince);
        assertEquals(LocalDate.of(2010, 6, 1), member.candidateSince);
        assertEquals(LocalDate.of(2010, 7, 1), member.joinedOn);
        assertEquals(LocalDate.of(2011, 7, 1), member.probationEndsOn);
        assertEquals(LocalDate.of(2011, 7, 1), member.fullSince);

        Member applicant = new Member();
        applicant.probationEndsOn = LocalDate.of(2000, 1, 1);
        new PipelineDates(LocalDate.of(2026, 1, 1), null, null, null, null).applyTo(applicant);
        assertNull(applicant.probationEndsOn);
    }
}
