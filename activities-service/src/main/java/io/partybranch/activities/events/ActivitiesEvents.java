package io.partybranch.activities.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Outgoing event contracts of activities-service (deploy/asyncapi/platform-events.yaml). */
public final class ActivitiesEvents {

    public static final String ACTIVITY_PLANNED = "activity.planned.v1";
    public static final String ACTIVITY_HELD = "activity.held.v1";
    public static final String ACTIVITY_CORRECTED = "activity.corrected.v1";
    public static final String ACTIVITY_CANCELLED = "activity.cancelled.v1";

    private ActivitiesEvents() {
    }

    /** Full state, with the figures reporting needs (应到, 实到, rate, quorum) and each member's attendance. */
    public record ActivityState(UUID id, UUID organizationId, UUID branchId, ActivityType type, String title,
            LocalDate plannedFor, String place, ActivityStatus status, LocalDate heldOn, Integer expectedCount,
            Integer presentCount, BigDecimal attendanceRate, Integer votingExpected, Integer votingPresent,
            Boolean quorumMet, String cancelReason, JsonNode details,
            List<Attendance> attendance, long version) {
    }

    public record Attendance(UUID memberId, String status, boolean expected) {
    }
}
