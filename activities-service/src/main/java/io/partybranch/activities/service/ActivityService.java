package io.partybranch.activities.service;

import io.partybranch.activities.domain.ActivitiesRule;
import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import io.partybranch.activities.events.ActivitiesEvents;
import io.partybranch.activities.mapping.ActivityMapper;
import io.partybranch.activities.model.ActivityRequest;
import io.partybranch.activities.model.ActivityResponse;
import io.partybranch.activities.repository.Activity;
import io.partybranch.activities.repository.RosterOrganization;
import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.common.tree.OrganizationTree;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ActivityService {

    private static final Map<String, String> SORTABLE = Map.of(
            "plannedFor", "plannedFor", "type", "type", "title", "title", "createdAt", "createdAt", "id", "id");

    @Inject
    EventPublisher events;

    @Inject
    CallerScope caller;

    public ActivityResponse plan(ActivityRequest request) {
        Activity activity = create(request);
        events.publish(ActivitiesEvents.ACTIVITY_PLANNED, activity.id, activity.branchId, ActivityMapper.toEvent(activity, List.of()));
        return ActivityMapper.toResponse(activity);
    }

    /** A planned activity, checked and written but not announced: its record follows in the same transaction. */
    Activity create(ActivityRequest request) {
        caller.requireWritable(request.organizationId());
        RosterOrganization organization = RosterOrganization.findById(request.organizationId());
        if (organization == null) {
            throw ProblemException.invalid("organizationId", "names no organisation known to this service");
        }
        UUID branchId = holdingBranch(request.type(), organization);
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.organizationId = organization.id;
        activity.branchId = branchId;
        activity.type = request.type();
        activity.title = request.title().trim();
        activity.plannedFor = request.plannedFor();
        activity.place = request.place();
        activity.status = ActivityStatus.PLANNED;
        activity.createdAt = BusinessCalendar.now();
        activity.updatedAt = activity.createdAt;
        activity.persistAndFlush();
        return activity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityResponse get(UUID id) {
        return ActivityMapper.toResponse(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Activity find(UUID id) {
        Activity activity = Activity.findById(id);
        if (activity == null) {
            throw ProblemException.notFound("Activity", id);
        }
        return activity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ActivityResponse> list(PageQuery page, ActivityFilter filter) {
        PanacheQuery<Activity> query = query(filter, page.panacheSort("plannedFor", SORTABLE)).page(page.panachePage());
        return page.toResponse(query.list().stream().map(ActivityMapper::toResponse).toList(), query.count());
    }

    /** Planned activities for a calendar feed, oldest first (at most 1,000). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Activity> planned(ActivityFilter filter) {
        ActivityFilter planned = new ActivityFilter(filter.organizationId(), filter.subtree(), filter.type(), filter.from(),
                filter.to(), ActivityStatus.PLANNED);
        return query(planned, Sort.by("plannedFor").and("id")).range(0, 999).list();
    }

    /** Filters of activity lists: an organisation (optionally its whole subtree), type, period and status. */
    public record ActivityFilter(UUID organizationId, boolean subtree, ActivityType type, LocalDate from,
            LocalDate to, ActivityStatus status) {
    }

    private PanacheQuery<Activity> query(ActivityFilter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.organizationId() != null) {
            requireVisibleBranch(filter.organizationId());
            where.add(filter.subtree()
                    ? "(" + OrganizationTree.inSubtree("branchId", "organization") + " or "
                            + OrganizationTree.inSubtree("organizationId", "organization") + ")"
                    : "(branchId = :organization or organizationId = :organization)");
            parameters.and("organization", filter.organizationId());
        }
        if (filter.type() != null) {
            where.add("type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.from() != null) {
            where.add("plannedFor >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("plannedFor <= :to");
            parameters.and("to", filter.to());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        return Activity.find(String.join(" and ", where), sort, parameters.map());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireVisibleBranch(UUID branchId) {
        if (RosterOrganization.findById(branchId) == null) {
            throw ProblemException.notFound("Organization", branchId);
        }
    }

    private static UUID holdingBranch(ActivityType type, RosterOrganization organization) {
        if (type.heldByPartyGroup()) {
            if (!organization.isPartyGroup()) {
                throw ProblemException.refused(ActivitiesRule.GROUP_MEETING_NEEDS_PARTY_GROUP,
                        "A GROUP_MEETING is held by a PARTY_GROUP, not by a " + organization.type);
            }
            return organization.parentId;
        }
        if (!organization.isBranch()) {
            throw ProblemException.refused(ActivitiesRule.ACTIVITY_NEEDS_BRANCH,
                    "A " + type + " is held by a BRANCH or JOINT_BRANCH, not by a " + organization.type);
        }
        return organization.id;
    }
}
