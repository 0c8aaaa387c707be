package io.partybranch.members.service;

import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.ProblemException;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.mapping.MemberMapper;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.Organization;
import io.partybranch.members.rest.model.MemberRequest;
import io.partybranch.members.rest.model.MemberResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class MemberService {

    private static final Map<String, String> SORTABLE = Map.of(
            "fullName", "fullName", "birthDate", "birthDate", "politicalStatus", "politicalStatus",
            "statusSince", "statusSince", "id", "id");

    @Inject
    EventPublisher events;

    @Inject
    OrganizationService organizations;

    public MemberResponse register(MemberRequest request) {
        Organization branch = Organization.findById(request.organizationId());
        if (branch == null) {
            throw ProblemException.invalid("organizationId", "names no existing organisation");
        }
        if (!branch.type.isBranch()) {
            throw ProblemException.ruleViolation("member-belongs-to-branch", "党员须编入党支部",
                    "Members belong to a BRANCH or JOINT_BRANCH, not to a " + branch.type);
        }
        if (request.statusSince().isBefore(request.birthDate())) {
            throw ProblemException.invalid("statusSince", "cannot be before birthDate");
        }
        Member member = new Member();
        member.id = UUID.randomUUID();
        MemberMapper.apply(request, member);
        member.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        member.updatedAt = member.createdAt;
        member.persistAndFlush();
        events.publish(MembersEvents.MEMBER_REGISTERED, member.id, member.organizationId, MemberMapper.toEvent(member));
        return MemberMapper.toResponse(member);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberResponse get(UUID id) {
        Member member = Member.findById(id);
        if (member == null) {
            throw ProblemException.notFound("Member", id);
        }
        return MemberMapper.toResponse(member);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<MemberResponse> listOfOrganization(UUID organizationId, PageQuery page) {
        organizations.find(organizationId);
        PanacheQuery<Member> query = Member.find("organizationId", page.panacheSort("fullName", SORTABLE), organizationId)
                .page(page.panachePage());
        return page.toResponse(query.list().stream().map(MemberMapper::toResponse).toList(), query.count());
    }
}
