package io.partybranch.members.service;

import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.ETags;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.common.tree.OrganizationTree;
import io.partybranch.members.domain.MembersRule;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.OrganizationType;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.mapping.OrganizationMapper;
import io.partybranch.members.model.ClosureRequest;
import io.partybranch.members.model.OrganizationRequest;
import io.partybranch.members.model.OrganizationResponse;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.Organization;
import io.partybranch.members.repository.OrganizationHistory;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class OrganizationService {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "type", "type", "districtCode", "districtCode", "createdAt", "createdAt", "updatedAt", "updatedAt", "id", "id");

    @Inject
    EventPublisher events;

    @Inject
    EntityManager entityManager;

    @Inject
    CallerScope caller;

    @Inject
    OrganizationTree tree;

    public OrganizationResponse create(OrganizationRequest request) {
        if (request.parentId() == null && !caller.unrestricted()) {
            throw CallerScope.forbidden("Only a platform administrator creates a top-level organisation");
        }
        caller.requireWritable(request.parentId());
        checkParent(request.type(), request.parentId(), null);
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        OrganizationMapper.apply(request, organization);
        organization.createdAt = BusinessCalendar.now();
        organization.updatedAt = organization.createdAt;
        organization.persistAndFlush();
        tree.placed(organization.id);
        LocalDate effective = request.foundedOn() != null ? request.foundedOn() : BusinessCalendar.today();
        history(organization, "CREATED", null, organization.parentId, effective);
        events.publish(MembersEvents.ORGANIZATION_CREATED, organization.id, branchKey(organization),
                OrganizationMapper.toEvent(organization));
        return OrganizationMapper.toResponse(organization);
    }

    /** Replaces the fields; a different parent is a move, kept in history and announced as such. */
    public OrganizationResponse update(UUID id, String ifMatch, OrganizationRequest request) {
        Organization organization = find(id);
        ETags.requireMatch(ifMatch, organization.version);
        if (request.type() != organization.type) {
            throw ProblemException.refused(MembersRule.ORGANIZATION_TYPE_IMMUTABLE,
                    "An organisation's type cannot change (it is " + organization.type + "); close it and create a new one");
        }
        requireOpen(organization);
        UUID previousParent = organization.parentId;
        boolean moved = !Objects.equals(previousParent, request.parentId());
        if (moved) {
            caller.requireWritable(request.parentId());
            checkParent(request.type(), request.parentId(), organization.id);
            if (request.parentId() != null && tree.inSubtreeOf(request.parentId(), organization.id)) {
                throw ProblemException.refused(MembersRule.ORGANIZATION_CYCLE,
                        "An organisation cannot be moved under one of its own descendants");
            }
        }
        String previousName = organization.name;
        OrganizationMapper.apply(request, organization);
        organization.updatedAt = BusinessCalendar.now();
        organization.persistAndFlush();
        tree.placed(organization.id);
        LocalDate today = BusinessCalendar.today();
        if (moved) {
            history(organization, "MOVED", previousParent, organization.parentId, today);
        }
        if (!previousName.equals(organization.name)) {
            history(organization, "RENAMED", organization.parentId, organization.parentId, today);
        }
        events.publish(moved ? MembersEvents.ORGANIZATION_MOVED : MembersEvents.ORGANIZATION_UPDATED, organization.id,
                branchKey(organization), OrganizationMapper.toEvent(organization));
        return OrganizationMapper.toResponse(organization);
    }

    public OrganizationResponse close(UUID id, String ifMatch, ClosureRequest request) {
        Organization organization = find(id);
        ETags.requireMatch(ifMatch, organization.version);
        requireOpen(organization);
        long members = activeMembers(List.of(organization.id));
        if (members > 0) {
            throw ProblemException.refused(MembersRule.ORGANIZATION_HAS_MEMBERS,
                    "The organisation still has " + members + " active member(s); transfer them first");
        }
        long openChildren = Organization.count("parentId = ?1 and closedOn is null", organization.id);
        if (openChildren > 0) {
            throw ProblemException.refused(MembersRule.ORGANIZATION_HAS_CHILDREN,
                    "The organisation still has " + openChildren + " open child organisation(s); close or move them first");
        }
        organization.closedOn = request.closedOn();
        organization.updatedAt = BusinessCalendar.now();
        organization.persistAndFlush();
        history(organization, "CLOSED", organization.parentId, organization.parentId, request.closedOn());
        events.publish(MembersEvents.ORGANIZATION_CLOSED, organization.id, branchKey(organization),
                OrganizationMapper.toEvent(organization));
        return OrganizationMapper.toResponse(organization);
    }

    /** Only an organisation entered by mistake (nothing under or in it, ever) can be deleted. */
    public void delete(UUID id) {
        Organization organization = find(id);
        long members = Member.count("organizationId = ?1 or partyGroupId = ?1", organization.id);
        if (members > 0) {
            throw ProblemException.refused(MembersRule.ORGANIZATION_HAS_MEMBERS,
                    "The organisation has " + members + " member record(s); it can be closed, not deleted");
        }
        if (Organization.count("parentId", organization.id) > 0) {
            throw ProblemException.refused(MembersRule.ORGANIZATION_HAS_CHILDREN,
                    "The organisation has child organisations; it can be closed, not deleted");
        }
        long committees = (Long) entityManager.createQuery("select count(c) from Committee c where c.branchId = :id")
                .setParameter("id", id).getSingleResult();
        long honours = (Long) entityManager.createQuery("select count(h) from Honour h where h.organizationId = :id")
                .setParameter("id", id).getSingleResult();
        if (committees + honours > 0) {
            throw ProblemException.refused(MembersRule.ORGANIZATION_HAS_RECORDS,
                    "The organisation has committee or honour records; it can be closed, not deleted");
        }
        OrganizationHistory.delete("organizationId", id);
        tree.removed(id);
        organization.delete();
        events.publish(MembersEvents.ORGANIZATION_CLOSED, organization.id, branchKey(organization),
                OrganizationMapper.toEvent(organization));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationResponse get(UUID id) {
        Organization organization = find(id);
        long children = Organization.count("parentId = ?1 and closedOn is null", id);
        long direct = activeMembers(List.of(id));
        long subtree = Member.count(OrganizationTree.inSubtree("organizationId", "root") + " and membershipState in :states",
                Parameters.with("root", id).and("states", MembershipState.active()));
        return OrganizationMapper.toResponse(organization, new OrganizationResponse.Counts(children, direct, subtree));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<OrganizationResponse> list(PageQuery page, UUID parentId, UUID subtreeOf, OrganizationType type,
            String districtCode, String nameContains, boolean includeClosed, OffsetDateTime updatedSince) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (updatedSince != null) {
            where.add("updatedAt > :updatedSince");
            parameters.and("updatedSince", updatedSince);
        }
        if (parentId != null) {
            where.add("parentId = :parentId");
            parameters.and("parentId", parentId);
        }
        if (subtreeOf != null) {
            find(subtreeOf);
            where.add(OrganizationTree.inSubtree("id", "subtree"));
            parameters.and("subtree", subtreeOf);
        }
        if (type != null) {
            where.add("type = :type");
            parameters.and("type", type);
        }
        if (districtCode != null) {
            where.add("districtCode = :districtCode");
            parameters.and("districtCode", districtCode);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            where.add("name like :name");
            parameters.and("name", "%" + nameContains.trim().replace("%", "").replace("_", "") + "%");
        }
        if (!includeClosed) {
            where.add("closedOn is null");
        }
        PanacheQuery<Organization> query = Organization.find(String.join(" and ", where),
                page.panacheSort("name", SORTABLE), parameters.map()).page(page.panachePage());
        return page.toResponse(query.list().stream().map(OrganizationMapper::toResponse).toList(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationHistory> historyOf(UUID id) {
        find(id);
        return OrganizationHistory.list("organizationId = ?1 order by effectiveDate, recordedAt", id);
    }

    Organization find(UUID id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw ProblemException.notFound("Organization", id);
        }
        return organization;
    }

    /** A branch members can be registered into, answered once for a whole roster import. */
    public Organization requireOpenBranch(UUID id) {
        Organization branch = find(id);
        checkTakesMembers(branch);
        return branch;
    }

    /** Members belong to an open BRANCH or JOINT_BRANCH. */
    static void checkTakesMembers(Organization branch) {
        if (!branch.type.isBranch()) {
            throw ProblemException.refused(MembersRule.MEMBER_BELONGS_TO_BRANCH,
                    "Members belong to a BRANCH or JOINT_BRANCH, not to a " + branch.type);
        }
        requireOpen(branch);
    }

    private static long activeMembers(List<UUID> organizations) {
        return Member.count("organizationId in ?1 and membershipState in ?2", organizations, MembershipState.active());
    }

    /** The one place organization-closed is refused from. */
    static void requireOpen(Organization organization) {
        if (organization.closedOn != null) {
            throw ProblemException.refused(MembersRule.ORGANIZATION_CLOSED,
                    "The " + organization.type + " " + organization.id + " was closed on " + organization.closedOn);
        }
    }

    private void checkParent(OrganizationType type, UUID parentId, UUID self) {
        if (parentId == null) {
            if (!type.mayBeRoot()) {
                throw ProblemException.invalid("parentId", "is required for " + type);
            }
            return;
        }
        if (parentId.equals(self)) {
            throw ProblemException.invalid("parentId", "cannot be the organisation itself");
        }
        Organization parent = Organization.findById(parentId);
        if (parent == null) {
            throw ProblemException.invalid("parentId", "names no existing organisation");
        }
        requireOpen(parent);
        if (!type.allowedParents().contains(parent.type)) {
            throw ProblemException.refused(MembersRule.ORGANIZATION_PARENT_TYPE,
                    "A " + type + " cannot be placed under a " + parent.type + "; allowed parents: " + type.allowedParents());
        }
    }

    private static void history(Organization organization, String change, UUID fromParent, UUID toParent, LocalDate effective) {
        OrganizationHistory entry = new OrganizationHistory();
        entry.id = UUID.randomUUID();
        entry.organizationId = organization.id;
        entry.change = change;
        entry.effectiveDate = effective;
        entry.fromParentId = fromParent;
        entry.toParentId = toParent;
        entry.name = organization.name;
        entry.recordedAt = BusinessCalendar.now();
        entry.persist();
    }

    /** Organisation events are keyed by the branch they concern: a party group's is its parent branch. */
    private static UUID branchKey(Organization organization) {
        return organization.type == OrganizationType.PARTY_GROUP ? organization.parentId : organization.id;
    }
}
