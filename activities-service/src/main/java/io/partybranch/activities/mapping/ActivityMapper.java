package io.partybranch.activities.mapping;

import io.partybranch.activities.events.ActivitiesEvents;
import io.partybranch.activities.repository.Activity;
import io.partybranch.activities.rest.model.ActivityResponse;

public final class ActivityMapper {

    private ActivityMapper() {
    }

    public static ActivityResponse toResponse(Activity a) {
        return new ActivityResponse(a.id, a.organizationId, a.branchId, a.type, a.type.label(), a.title, a.plannedFor,
                a.place, a.status, a.status.label(), a.version, a.createdAt, a.updatedAt);
    }

    public static ActivitiesEvents.ActivityState toEvent(Activity a) {
        return new ActivitiesEvents.ActivityState(a.id, a.organizationId, a.branchId, a.type, a.title, a.plannedFor,
                a.place, a.status, a.version);
    }
}
