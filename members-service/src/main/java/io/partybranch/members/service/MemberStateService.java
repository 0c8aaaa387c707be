package io.partybranch.members.service;

import io.partybranch.common.http.ETags;
import io.partybranch.common.http.ProblemException;
import io.partybranch.members.domain.MembersRule;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.OrganizationType;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.model.DatedChangeRequest;
import io.partybranch.members.model.MemberResponse;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Membership state, flags and party-group assignment: each change dated and kept in history. */
@ApplicationScoped
@Transactional
public class MemberStateService {

    @Inject
    MemberService members;

    public MemberResponse changeState(UUID id, String ifMatch, DatedChangeRequest.StateChange request) {
        Member member = members.find(id);
        ETags.requireMatch(ifMatch, member.version);
        MembershipState from = member.membershipState;
        if (!from.allowedNext().contains(request.state())) {
            throw ProblemException.refused(MembersRule.STATE_TRANSITION,
                    "A member who is " + from + " cannot become " + request.state() + "; allowed: " + from.allowedNext());
        }
        DevelopmentRules.checkNotBefore(request.effectiveDate(), member.stateSince, "the current state date");
        member.membershipState = request.state();
        member.stateSince = request.effectiveDate();
        return members.recordChange(member, "STATE", from, request.state(), request.effectiveDate(), request.reason(),
                MembersEvents.MEMBER_STATE_CHANGED);
    }

    public MemberResponse changeFlag(UUID id, String ifMatch, DatedChangeRequest.FlagChange request) {
        Member member = members.find(id);
        ETags.requireMatch(ifMatch, member.version);
        boolean previous = switch (request.flag()) {
            case FLOWING -> member.flowing;
            case LOST_CONTACT -> member.lostContact;
            case RETIRED -> member.retired;
        };
        if (previous == request.active()) {
            throw ProblemException.conflict("flag-unchanged", "标记未变化",
                    "The member's " + request.flag() + " flag is already " + previous);
        }
        switch (request.flag()) {
            case FLOWING -> member.flowing = request.active();
            case LOST_CONTACT -> member.lostContact = request.active();
            case RETIRED -> member.retired = request.active();
        }
        return members.recordChange(member, "FLAG", request.flag() + "=" + previous, request.flag() + "=" + request.active(),
                request.effectiveDate(), request.note(), MembersEvents.MEMBER_STATE_CHANGED);
    }

    /** A member joins only an open party group of their own branch. */
    static void requireGroupOf(UUID branchId, UUID groupId) {
        Organization group = Organization.findById(groupId);
        if (group == null) {
            throw ProblemException.invalid("partyGroupId", "names no existing organisation");
        }
        if (group.type != OrganizationType.PARTY_GROUP || !branchId.equals(group.parentId)) {
            throw ProblemException.refused(MembersRule.GROUP_OF_OWN_BRANCH, "A member can only join a PARTY_GROUP of their own branch");
        }
        OrganizationService.requireOpen(group);
    }

    public MemberResponse assignGroup(UUID id, String ifMatch, DatedChangeRequest.GroupAssignment request) {
        Member member = members.find(id);
        ETags.requireMatch(ifMatch, member.version);
        if (request.partyGroupId() != null) {
            requireGroupOf(member.organizationId, request.partyGroupId());
        }
        UUID from = member.partyGroupId;
        member.partyGroupId = request.partyGroupId();
        return members.recordChange(member, "GROUP", from, request.partyGroupId(), request.effectiveDate(), null,
                MembersEvents.MEMBER_GROUP_ASSIGNED);
    }

}
