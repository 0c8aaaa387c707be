package io.partybranch.members.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.testing.BusinessDate;
import io.partybranch.common.testing.OutboxCapture;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every step put on the development file is announced with where the file stands after it: the latest
 * step by its day and the next time limit by the file's own rules, counted here by hand.
 */
@QuarkusTest
@BusinessDate("2026-11-20")
class DevelopmentStepEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Test
    void eachStepIsPublishedWithTheCurrentStepAndTheNextDeadline() throws Exception {
        OutboxCapture outbox = OutboxCapture.from(entityManager);
        String branch = Fixtures.createBranch();
        String mentor = Fixtures.registerMember(branch, "发展培养人", "FULL");
        // Applied on 2026-10-08 (statusSince of an applicant): the talk is due within a month, by 2026-11-08.
        String applicant = Fixtures.registerMember(branch, "发展申请人", "APPLICANT");
        given().contentType(ContentType.JSON)
                .body(Map.of("toStatus", "ACTIVIST", "effectiveDate", "2026-10-20", "mentorIds", List.of(mentor)))
                .post("/api/v1/members/" + applicant + "/status-changes").then().statusCode(200);
        List<JsonNode> events = stepEvents(outbox, applicant);
        assertEquals(1, events.size(), "making an activist files the mentors' appointment");
        JsonNode appointed = events.get(0);
        assertEquals(branch, appointed.path("branchid").asText());
        JsonNode data = appointed.path("data");
        assertEquals("MENTORS_APPOINTED", data.path("kind").asText());
        assertEquals("ACTIVIST", data.path("politicalStatus").asText(), "published once the member is an activist");
        // The talk, not yet on file, is the soonest limit.
        assertFile(data, "MENTORS_APPOINTED", "2026-10-20", "APPLICATION_TALK", "2026-11-08", 1);

        // The talk recorded late, for a day before the appointment: the file's latest step stays the appointment.
        Fixtures.fileStep(applicant, "APPLICATION_TALK", "2026-10-15");
        data = stepEvents(outbox, applicant).get(1).path("data");
        assertEquals("APPLICATION_TALK", data.path("kind").asText());
        // Next, the review half a year after becoming an activist.
        assertFile(data, "MENTORS_APPOINTED", "2026-10-20", "ACTIVIST_REVIEW", "2027-04-20", 2);

        // A passed review restarts the half year from its own day.
        Fixtures.fileStep(applicant, "ACTIVIST_REVIEW", "2026-11-10");
        data = stepEvents(outbox, applicant).get(2).path("data");
        assertFile(data, "ACTIVIST_REVIEW", "2026-11-10", "ACTIVIST_REVIEW", "2027-05-10", 3);
        assertEquals("PASSED", data.path("outcome").asText());
        for (String personal : List.of("fullName", "citizenId", "evidence", "doneBy", "phone")) {
            assertFalse(data.has(personal), personal + " is not published");
        }
    }

    private static void assertFile(JsonNode data, String current, String currentOn, String next, String dueOn, long version) {
        assertEquals(List.of(current, currentOn, next, dueOn, version), List.of(data.path("currentStep").asText(),
                data.path("currentStepOn").asText(), data.path("nextStep").asText(), data.path("nextStepDueOn").asText(),
                data.path("version").asLong()), "current step, its day, next step, its deadline, version");
    }

    private static List<JsonNode> stepEvents(OutboxCapture outbox, String member) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String payload : outbox.byType().getOrDefault(MembersEvents.DEVELOPMENT_STEP_RECORDED, List.of())) {
            JsonNode event = JSON.readTree(payload);
            if (member.equals(event.path("subject").asText())) {
                assertEquals(member, event.path("data").path("memberId").asText());
                events.add(event);
            }
        }
        return events;
    }
}
