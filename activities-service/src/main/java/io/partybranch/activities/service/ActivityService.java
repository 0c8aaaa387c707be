package io.partybranch.activities.service;

import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import io.partybranch.activities.events.ActivitiesEvents;
import io.partybranch.activities.mapping.ActivityMapper;
import io.partybranch.activities.repository.Activity;
import io.partybranch.activities.repository.RosterOrganization;
import io.partybranch.activities.rest.model.ActivityRequest;
import io.partybranch.activities.rest.model.ActivityResponse;
import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.ProblemException;
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
public class ActivityService {

    private static final Map<String, String> SORTABLE = Map.of(
            "plannedFor", "plannedFor", "type", "type", "title", "title", "createdAt", "createdAt", "id", "id");

    @Inject
    EventPublisher events;

    @Inject
    io.partybranch.common.security.CallerScope caller;

    public ActivityResponse plan(ActivityRequest request) {
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
        activity.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        activity.updatedAt = activity.createdAt;
        activity.persistAndFlush();
        events.publish(ActivitiesEvents.ACTIVITY_PLANNED, activity.id, branchId, ActivityMapper.toEvent(activity, java.util.List.of()));
        return ActivityMapper.toResponse(activity);
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
    public PageResponse<ActivityResponse> list(PageQuery page, UUID branchId, ActivityType type) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (branchId != null) {
            where.add("branchId = :branchId");
            parameters.and("branchId", branchId);
        }
        if (type != null) {
            where.add("type = :type");
            parameters.and("type", type);
        }
        PanacheQuery<Activity> query = Activity.find(String.join(" and ", where),
                page.panacheSort("plannedFor", SORTABLE), parameters.map()).page(page.panachePage());
        return page.toResponse(query.list().stream().map(ActivityMapper::toResponse).toList(), query.count());
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
                throw ProblemException.ruleViolation("group-meeting-needs-party-group", "党小组会须由党小组召开",
                        "A GROUP_MEETING is held by a PARTY_GROUP, not by a " + organization.type);
            }
            return organization.parentId;
        }
        if (!organization.isBranch()) {
            throw ProblemException.ruleViolation("activity-needs-branch", "活动须由党支部开展",
                    "A " + type + " is held by a BRANCH or JOINT_BRANCH, not by a " + organization.type);
        }
        return organization.id;
    }
}
