package io.partybranch.activities.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import io.partybranch.activities.events.ActivitiesEvents;
import io.partybranch.activities.model.ActivityResponse;
import io.partybranch.activities.repository.Activity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityMapperTest {

    private static Activity held() {
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.organizationId = UUID.randomUUID();
        activity.branchId = activity.organizationId;
        activity.type = ActivityType.GENERAL_MEETING;
        activity.title = "党员大会";
        activity.plannedFor = LocalDate.of(2026, 9, 10);
        activity.heldOn = activity.plannedFor;
        activity.status = ActivityStatus.HELD;
        activity.documents = "中国共产党支部工作条例（试行）\n党章";
        activity.details = "{\"talk\":{\"memberId\":\"m\"}}";
        activity.expectedCount = 6;
        activity.presentCount = 5;
        activity.attendanceRate = new BigDecimal("0.8333");
        activity.votingExpected = 5;
        activity.votingPresent = 4;
        activity.quorumMet = true;
        activity.version = 2;
        return activity;
    }

    @Test
    void aHeldActivityAnswersItsFiguresLabelsDocumentsAndDetails() {
        ActivityResponse response = ActivityMapper.toResponse(held());
        assertEquals("支部党员大会", response.typeLabel());
        assertEquals("已召开", response.statusLabel());
        assertEquals(List.of("中国共产党支部工作条例（试行）", "党章"), response.documents());
        assertEquals("m", response.details().path("talk").path("memberId").asText());
        assertEquals(6, response.figures().expected());
        assertEquals(5, response.figures().present());
        assertEquals(new BigDecimal("0.8333"), response.figures().attendanceRate());
        assertEquals(true, response.figures().quorumMet());
    }

    @Test
    void aPlannedActivityHasNoFiguresNoDocumentsAndNoDetails() {
        Activity planned = held();
        planned.status = ActivityStatus.PLANNED;
        planned.expectedCount = null;
        planned.documents = null;
        planned.details = null;
        ActivityResponse response = ActivityMapper.toResponse(planned);
        assertNull(response.figures());
        assertEquals(List.of(), response.documents());
        assertNull(response.details());
    }

    @Test
    void theEventCarriesTheFiguresAndEachMembersAttendance() {
        Activity activity = held();
        List<ActivitiesEvents.Attendance> attendance = List.of(new ActivitiesEvents.Attendance(UUID.randomUUID(), "PRESENT", true));
        ActivitiesEvents.ActivityState event = ActivityMapper.toEvent(activity, attendance);
        assertEquals(activity.id, event.id());
        assertEquals(activity.branchId, event.branchId());
        assertEquals(6, event.expectedCount());
        assertEquals(5, event.presentCount());
        assertEquals(attendance, event.attendance());
        assertEquals(2, event.version());
        assertEquals("m", event.details().path("talk").path("memberId").asText());
    }

    @Test
    void documentTitlesAreStoredOnePerLine() {
        assertEquals("党章\n支部工作条例", ActivityMapper.joinDocuments(List.of(" 党章 ", "支部工作条例")));
        assertEquals("第一 第二", ActivityMapper.joinDocuments(List.of("第一\r\n第二")), "a line break inside a title becomes a space");
        assertNull(ActivityMapper.joinDocuments(List.of()));
        assertNull(ActivityMapper.joinDocuments(null));
    }

    @Test
    void storedDetailsThatAreNoJsonAreAnError() {
        assertThrows(IllegalStateException.class, () -> ActivityMapper.details("{not json"));
    }
}
