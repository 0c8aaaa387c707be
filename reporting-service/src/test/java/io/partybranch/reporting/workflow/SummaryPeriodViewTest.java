package io.partybranch.reporting.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.common.testing.BusinessDate;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.TestRun;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A bureau sets 2026-02-10 as the deadline for 2025-S1 and, on the 12th, sees its four branches: one
 * submitted on time, one submitted late, one with only a draft and one with nothing (both missing).
 */
@QuarkusTest
class SummaryPeriodViewTest {

    @Inject
    EntityManager entityManager;

    @Test
    @BusinessDate("2026-02-05")
    void theBureauSeesWhoSubmittedOnTimeWhoLateAndWhoNotAtAll() {
        String district = TestRun.districtCode();
        UUID committee = UUID.randomUUID();
        UUID onTime = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID drafted = UUID.randomUUID();
        UUID silent = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(committee, "期限区教育局党委", "ORG_PARTY_COMMITTEE", null, district);
            events.organization(onTime, "期限甲小学党支部", "BRANCH", committee, district);
            events.organization(late, "期限乙小学党支部", "BRANCH", committee, district);
            events.organization(drafted, "期限丙小学党支部", "BRANCH", committee, district);
            events.organization(silent, "期限丁小学党支部", "BRANCH", committee, district);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        String bureau = "Bearer " + TestTokens.bureau(district);
        given().header("Authorization", bureau).contentType(ContentType.JSON).body(Map.of("dueOn", "2026-02-10"))
                .put("/api/v1/summaries/organizations/{id}/deadlines/2025-S1", onTime).then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/deadline-needs-superior"));
        given().header("Authorization", "Bearer " + TestTokens.school(onTime)).contentType(ContentType.JSON)
                .body(Map.of("dueOn", "2026-02-10"))
                .put("/api/v1/summaries/organizations/{id}/deadlines/2025-S1", committee).then().statusCode(404);
        given().header("Authorization", bureau).contentType(ContentType.JSON).body(Map.of("dueOn", "2026-02-10"))
                .put("/api/v1/summaries/organizations/{id}/deadlines/2025-S1", committee).then().statusCode(200)
                .body("dueOn", equalTo("2026-02-10"));

        submit(onTime);
        draft(drafted);
        WorkSummaryWorkflowTest.clockAt("2026-02-11T08:00:00");
        submit(late);
        WorkSummaryWorkflowTest.clockAt("2026-02-12T09:00:00");

        JsonPath view = given().header("Authorization", bureau).get("/api/v1/summaries/organizations/{id}/periods/2025-S1", committee)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(
                Map.of("branches", 4, "drafts", 1, "submitted", 2, "accepted", 0, "returned", 0, "late", 1, "missing", 2, "notYetDue", 0),
                view.getMap("totals"));
        assertEquals("2026-02-10", view.getString("dueOn"));
        List<Map<String, Object>> rows = view.getList("items");
        assertEquals(Set.of("期限丁小学党支部", "期限丙小学党支部", "期限乙小学党支部", "期限甲小学党支部"),
                rows.stream().map(r -> (String) r.get("branchName")).collect(Collectors.toSet()));
        Map<String, Map<String, Object>> byName = new HashMap<>();
        rows.forEach(r -> byName.put((String) r.get("branchName"), r));
        assertRow(byName.get("期限甲小学党支部"), "SUBMITTED", false, false);
        assertRow(byName.get("期限乙小学党支部"), "SUBMITTED", true, false);
        assertRow(byName.get("期限丙小学党支部"), "DRAFT", false, true);
        assertRow(byName.get("期限丁小学党支部"), "NOT_STARTED", false, true);

        given().header("Authorization", bureau).queryParam("size", 1).queryParam("page", 3)
                .get("/api/v1/summaries/organizations/{id}/periods/2025-S1", committee).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("totals.branches", equalTo(4));
        given().header("Authorization", "Bearer " + TestTokens.auditor(district))
                .get("/api/v1/summaries/organizations/{id}/periods/2025-S1", committee).then().statusCode(200);
        given().header("Authorization", "Bearer " + TestTokens.bureau("110101"))
                .get("/api/v1/summaries/organizations/{id}/periods/2025-S1", committee).then().statusCode(404);
        given().header("Authorization", "Bearer " + TestTokens.school(late)).get("/api/v1/summaries/{id}", summaryOf(late))
                .then().statusCode(200).body("dueOn", equalTo("2026-02-10")).body("late", equalTo(true));
    }

    private static void assertRow(Map<String, Object> row, String status, boolean late, boolean missing) {
        assertEquals(status, row.get("status"), row.toString());
        assertEquals(late, row.get("late"), row.toString());
        assertEquals(missing, row.get("missing"), row.toString());
    }

    private static String draft(UUID branch) {
        return given().header("Authorization", "Bearer " + TestTokens.school(branch)).contentType(ContentType.JSON)
                .body(Map.of("branchId", branch, "period", "2025-S1")).post("/api/v1/summaries").then().statusCode(201).extract()
                .path("id");
    }

    private static void submit(UUID branch) {
        String id = draft(branch);
        given().header("Authorization", "Bearer " + TestTokens.school(branch)).post("/api/v1/summaries/{id}/submission", id).then()
                .statusCode(200);
    }

    private static String summaryOf(UUID branch) {
        return given().header("Authorization", "Bearer " + TestTokens.school(branch)).queryParam("branchId", branch)
                .get("/api/v1/summaries")
                .then().statusCode(200).extract().path("items[0].id");
    }
}
