package io.partybranch.activities.events;

import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import java.time.LocalDate;
import java.util.UUID;

/** Outgoing event contracts of activities-service (deploy/asyncapi/activities-events.yaml). */
public final class ActivitiesEvents {

    public static final String ACTIVITY_PLANNED = "activity.planned.v1";

    private ActivitiesEvents() {
    }

    public record ActivityState(UUID id, UUID organizationId, UUID branchId, ActivityType type, String title,
            LocalDate plannedFor, String place, ActivityStatus status, long version) {
    }
}
