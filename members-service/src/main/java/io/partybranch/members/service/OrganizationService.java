package io.partybranch.members.service;

import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.ETags;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.ProblemException;
import io.partybranch.members.domain.OrganizationType;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.mapping.OrganizationMapper;
import io.partybranch.members.repository.Organization;
import io.partybranch.members.rest.model.OrganizationRequest;
import io.partybranch.members.rest.model.OrganizationResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class OrganizationService {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "type", "type", "districtCode", "districtCode", "createdAt", "createdAt", "id", "id");

    @Inject
    EventPublisher events;

    public OrganizationResponse create(OrganizationRequest request) {
        checkParent(request.type(), request.parentId(), null);
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        OrganizationMapper.apply(request, organization);
        organization.createdAt = now();
        organization.updatedAt = organization.createdAt;
        organization.persistAndFlush();
        events.publish(MembersEvents.ORGANIZATION_CREATED, organization.id, branchKey(organization),
                OrganizationMapper.toEvent(organization));
        return OrganizationMapper.toResponse(organization);
    }

    public OrganizationResponse update(UUID id, String ifMatch, OrganizationRequest request) {
        Organization organization = find(id);
        ETags.requireMatch(ifMatch, organization.version);
        if (request.type() != organization.type) {
            throw ProblemException.ruleViolation("organization-type-immutable", "组织类型不可修改",
                    "An organisation's type cannot change (it is " + organization.type + "); close it and create a new one");
        }
        checkParent(request.type(), request.parentId(), organization.id);
        OrganizationMapper.apply(request, organization);
        organization.updatedAt = now();
        organization.persistAndFlush();
        events.publish(MembersEvents.ORGANIZATION_UPDATED, organization.id, branchKey(organization),
                OrganizationMapper.toEvent(organization));
        return OrganizationMapper.toResponse(organization);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationResponse get(UUID id) {
        return OrganizationMapper.toResponse(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<OrganizationResponse> list(PageQuery page, UUID parentId, OrganizationType type, String districtCode) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (parentId != null) {
            where.add("parentId = :parentId");
            parameters.and("parentId", parentId);
        }
        if (type != null) {
            where.add("type = :type");
            parameters.and("type", type);
        }
        if (districtCode != null) {
            where.add("districtCode = :districtCode");
            parameters.and("districtCode", districtCode);
        }
        PanacheQuery<Organization> query = Organization.find(String.join(" and ", where),
                page.panacheSort("name", SORTABLE), parameters.map()).page(page.panachePage());
        return page.toResponse(query.list().stream().map(OrganizationMapper::toResponse).toList(), query.count());
    }

    Organization find(UUID id) {
        Organization organization = Organization.findById(id);
        if (organization == null) {
            throw ProblemException.notFound("Organization", id);
        }
        return organization;
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
        if (!type.allowedParents().contains(parent.type)) {
            throw ProblemException.ruleViolation("organization-parent-type", "上级组织类型不符",
                    "A " + type + " cannot be placed under a " + parent.type + "; allowed parents: " + type.allowedParents());
        }
    }

    /** Organisation events are keyed by the organisation itself, which for a branch is its branch id. */
    private static UUID branchKey(Organization organization) {
        return organization.type == OrganizationType.PARTY_GROUP ? organization.parentId : organization.id;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
