package io.partybranch.members.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.Education;
import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.model.MemberHistoryEntry;
import io.partybranch.members.model.MemberResponse;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.MemberHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemberMapperTest {

    private final Clock original = BusinessCalendar.clock();

    @AfterEach
    void restore() {
        BusinessCalendar.useClock(original);
    }

    private static void today(LocalDate day) {
        BusinessCalendar.useClock(Clock.fixed(day.atTime(LocalTime.NOON).atZone(BusinessCalendar.ZONE).toInstant(), BusinessCalendar.ZONE));
    }

    @Test
    void partyStandingCountsWholeYearsSinceConversionToTheBusinessDay() {
        LocalDate fullSince = LocalDate.of(2011, 7, 1);
        today(LocalDate.of(2026, 6, 30));
        assertEquals(14, MemberMapper.partyStanding(fullSince));
        today(LocalDate.of(2026, 7, 1));
        assertEquals(15, MemberMapper.partyStanding(fullSince), "the anniversary completes the year");
        today(LocalDate.of(2011, 7, 1));
        assertEquals(0, MemberMapper.partyStanding(fullSince));
        assertNull(MemberMapper.partyStanding(null), "not a full member: no standing");
    }

    @Test
    void aResponseMasksTheNumberAndThePhoneAndRevealsTheNumberOnlyWhenAllowed() {
        today(LocalDate.of(2026, 11, 20));
        Member member = member();
        MemberResponse masked = MemberMapper.toResponse(member, "320412198504120013", false);
        assertEquals("****************13", masked.citizenIdMasked());
        assertNull(masked.citizenId());
        assertEquals("138****1234", masked.phoneMasked());
        assertEquals("男", masked.genderLabel());
        assertEquals("大学本科", masked.educationLabel());
        assertEquals("正式党员", masked.politicalStatusLabel());
        assertEquals(15, masked.partyStandingYears());
        assertEquals("正常", masked.membershipStateLabel());
        assertEquals("320412198504120013", MemberMapper.toResponse(member, "320412198504120013", true).citizenId());
        member.education = null;
        assertNull(MemberMapper.toResponse(member, "320412198504120013", false).educationLabel());
    }

    @Test
    void anEventCarriesTheStateWithoutNumberOrPhoneAndNamesTheBranchLeft() {
        Member member = member();
        UUID left = UUID.randomUUID();
        MembersEvents.MemberState event = MemberMapper.toEvent(member, LocalDate.of(2026, 9, 20), left);
        assertEquals(member.id, event.id());
        assertEquals(member.organizationId, event.organizationId());
        assertEquals(LocalDate.of(2026, 9, 20), event.effectiveDate());
        assertEquals(left, event.previousOrganizationId());
        assertEquals(LocalDate.of(2011, 7, 1), event.fullSince());
        assertNull(MemberMapper.toEvent(member, LocalDate.of(2026, 9, 20)).previousOrganizationId());
        assertEquals(false, event.toString().contains("13800001234"), "no phone in the event");
    }

    @Test
    void aHistoryEntryIsAnsweredAsRecorded() {
        MemberHistory history = new MemberHistory();
        history.id = UUID.randomUUID();
        history.kind = "STATUS";
        history.fromValue = "APPLICANT";
        history.toValue = "ACTIVIST";
        history.effectiveDate = LocalDate.of(2026, 10, 20);
        MemberHistoryEntry entry = MemberMapper.toResponse(history);
        assertEquals(history.id, entry.id());
        assertEquals("ACTIVIST", entry.toValue());
        assertEquals(LocalDate.of(2026, 10, 20), entry.effectiveDate());
    }

    private static Member member() {
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.organizationId = UUID.randomUUID();
        member.fullName = "王晓明";
        member.gender = Gender.MALE;
        member.birthDate = LocalDate.of(1985, 4, 12);
        member.education = Education.BACHELOR;
        member.phone = "13800001234";
        member.politicalStatus = PoliticalStatus.FULL;
        member.statusSince = LocalDate.of(2011, 7, 1);
        member.joinedOn = LocalDate.of(2010, 7, 1);
        member.fullSince = LocalDate.of(2011, 7, 1);
        return member;
    }

    @Test
    void aPhoneShowsItsFirstThreeAndLastFour() {
        assertEquals("138****1234", MemberMapper.maskPhone("13800001234"));
        assertEquals("051******0000", MemberMapper.maskPhone("0519-86000000"), "a landline keeps its area code's start");
        assertEquals("051****0000", MemberMapper.maskPhone("05188880000"));
        assertEquals("******", MemberMapper.maskPhone("123456"));
        assertNull(MemberMapper.maskPhone(null));
    }
}
