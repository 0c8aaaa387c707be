package io.partybranch.activities.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.activities.events.ActivitiesEvents;
import io.partybranch.activities.model.ActivityRecordModels;
import io.partybranch.activities.model.ActivityResponse;
import io.partybranch.activities.repository.Activity;
import java.util.Arrays;
import java.util.List;

public final class ActivityMapper {

    private ActivityMapper() {
    }

    public static ActivityResponse toResponse(Activity a) {
        ActivityRecordModels.Figures figures = a.expectedCount == null
                ? null
                : new ActivityRecordModels.Figures(
                        a.expectedCount, a.presentCount, a.attendanceRate, a.votingExpected, a.votingPresent, a.quorumMet);
        return new ActivityResponse(a.id, a.organizationId, a.branchId, a.type, a.type.label(), a.title, a.plannedFor,
                a.place, a.status, a.status.label(), a.heldOn, a.startTime, a.endTime, a.hostMemberId, a.recorderMemberId,
                a.speaker, documents(a.documents), a.minutes, a.resolutions, a.cancelReason, details(a.details), figures,
                a.version, a.createdAt, a.updatedAt);
    }

    public static ActivitiesEvents.ActivityState toEvent(Activity a, List<ActivitiesEvents.Attendance> attendance) {
        return new ActivitiesEvents.ActivityState(a.id, a.organizationId, a.branchId, a.type, a.title, a.plannedFor,
                a.place, a.status, a.heldOn, a.expectedCount, a.presentCount, a.attendanceRate, a.votingExpected,
                a.votingPresent, a.quorumMet, a.cancelReason, details(a.details), attendance, a.version);
    }

    /** Titles are stored one per line; a line break inside a title would split it, so they become spaces. */
    public static String joinDocuments(List<String> titles) {
        return titles == null || titles.isEmpty()
                ? null
                : String.join("\n", titles.stream().map(t -> t.replaceAll("[\\r\\n]+", " ").trim()).toList());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode details(String stored) {
        try {
            return stored == null ? null : JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored activity details are not JSON", e);
        }
    }

    static List<String> documents(String stored) {
        return stored == null ? List.of() : Arrays.asList(stored.split("\n"));
    }
}
