package io.partybranch.members.mapping;

import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.repository.Member;
import io.partybranch.members.rest.model.MemberRequest;
import io.partybranch.members.rest.model.MemberResponse;

public final class MemberMapper {

    private MemberMapper() {
    }

    public static void apply(MemberRequest request, Member target) {
        target.organizationId = request.organizationId();
        target.fullName = request.fullName().trim();
        target.gender = request.gender();
        target.birthDate = request.birthDate();
        target.politicalStatus = request.politicalStatus();
        target.statusSince = request.statusSince();
        target.ownUnit = request.ownUnit();
    }

    public static MemberResponse toResponse(Member m) {
        return new MemberResponse(m.id, m.organizationId, m.fullName, m.gender, m.gender.label(), m.birthDate,
                m.politicalStatus, m.politicalStatus.label(), m.statusSince, m.ownUnit, m.version, m.createdAt,
                m.updatedAt);
    }

    public static MembersEvents.MemberState toEvent(Member m) {
        return new MembersEvents.MemberState(m.id, m.organizationId, m.fullName, m.gender, m.birthDate,
                m.politicalStatus, m.statusSince, m.ownUnit, m.version, m.statusSince);
    }
}
