package io.partybranch.members.mapping;

import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.CitizenIdNumbers;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.model.MemberHistoryEntry;
import io.partybranch.members.model.MemberResponse;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.MemberHistory;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

public final class MemberMapper {

    private MemberMapper() {
    }

    /**
     * @param citizenId the decrypted number, always answered masked
     * @param reveal whether the caller's role may also see it whole, and the full birth date: the birth
     *     date is eight of the number's digits, so whoever may not see one sees only the year of the other
     */
    public static MemberResponse toResponse(Member m, String citizenId, boolean reveal) {
        return new MemberResponse(m.id, m.organizationId, m.fullName, m.gender, m.gender.label(), m.ethnicity,
                reveal ? m.birthDate : null, m.birthDate.getYear(), CitizenIdNumbers.mask(citizenId), reveal ? citizenId : null,
                m.education, m.education == null ? null : m.education.label(),
                m.jobTitle, maskPhone(m.phone), m.politicalStatus, m.politicalStatus.label(), m.statusSince,
                m.appliedOn, m.activistSince, m.candidateSince, m.joinedOn, m.probationEndsOn, m.probationExtended,
                m.fullSince, partyStanding(m.fullSince), m.membershipState, m.membershipState.label(), m.stateSince,
                m.flowing, m.lostContact, m.retired, m.partyGroupId, m.ownUnit, m.responsibilityZone, m.version,
                m.createdAt, m.updatedAt);
    }

    public static MembersEvents.MemberState toEvent(Member m, LocalDate effectiveDate) {
        return toEvent(m, effectiveDate, null);
    }

    /** @param previousOrganizationId the branch a transferred member left, so readers need not have seen it */
    public static MembersEvents.MemberState toEvent(Member m, LocalDate effectiveDate, UUID previousOrganizationId) {
        return new MembersEvents.MemberState(m.id, m.organizationId, m.fullName, m.gender, m.birthDate, m.ethnicity,
                m.education, m.politicalStatus, m.statusSince, m.appliedOn, m.activistSince, m.candidateSince,
                m.joinedOn, m.probationEndsOn, m.probationExtended, m.fullSince, m.membershipState, m.stateSince,
                m.flowing, m.lostContact, m.retired, m.partyGroupId, m.ownUnit, m.version, effectiveDate,
                previousOrganizationId);
    }

    public static MemberHistoryEntry toResponse(MemberHistory h) {
        return new MemberHistoryEntry(h.id, h.kind, h.fromValue, h.toValue, h.effectiveDate, h.details, h.recordedAt);
    }

    static Integer partyStanding(LocalDate fullSince) {
        return fullSince == null ? null : Period.between(fullSince, BusinessCalendar.today()).getYears();
    }

    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
