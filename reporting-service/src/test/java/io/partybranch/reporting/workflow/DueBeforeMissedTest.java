package io.partybranch.reporting.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * On 25 November 2026 a branch that has held no committee meeting and no theme day this month owes
 * both with 5 days left; a branch that held its committee meeting owes only the theme day; the
 * district ranks the first above the second, and the first's calendar feed carries the same items.
 */
@QuarkusTest
class DueBeforeMissedTest {

    @Inject
    EntityManager entityManager;

    @Test
    @BusinessDate("2026-11-25")
    void aBranchWithoutItsCommitteeMeetingByThe25thSeesItDueAndTheDistrictRanksIt() {
        String district = TestRun.districtCode();
        UUID committee = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        UUID busy = UUID.randomUUID();
        UUID planned = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(committee, "待办区教育局党委", "ORG_PARTY_COMMITTEE", null, district);
            events.organization(quiet, "待办静小学党支部", "BRANCH", committee, district);
            events.organization(busy, "待办忙小学党支部", "BRANCH", committee, district);
            events.held(busy, busy, "COMMITTEE_MEETING", "2026-11-10", 1.0);
            events.held(quiet, quiet, "COMMITTEE_MEETING", "2026-10-10", 1.0); // last month's counts for nothing now
            Map<String, Object> plan = new HashMap<>(Map.of("id", planned.toString(), "organizationId", quiet.toString(),
                    "branchId", quiet.toString(), "type", "GENERAL_MEETING", "title", "党员大会", "status", "PLANNED",
                    "plannedFor", "2026-11-28", "version", 0, "attendance", List.of()));
            events.send(EventFixtures.ACTIVITIES_TOPIC, "activities-service", "activity.planned.v1", planned, quiet, plan);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        String bureau = "Bearer " + TestTokens.bureau(district);
        given().header("Authorization", bureau).contentType(ContentType.JSON).body(Map.of("dueOn", "2026-12-05"))
                .put("/api/v1/summaries/organizations/{id}/deadlines/2026-S1", committee).then().statusCode(200);

        String school = "Bearer " + TestTokens.school(quiet);
        JsonPath due = given().header("Authorization", school).get("/api/v1/statistics/branches/{id}/due", quiet).then().statusCode(200)
                .body("today", equalTo("2026-11-25")).extract().jsonPath();
        Map<String, Object> meeting = item(due, "CADENCE", "COMMITTEE_MEETING");
        assertEquals("本月支部委员会尚未召开，剩余5天", meeting.get("text"));
        assertEquals(5, meeting.get("daysLeft"));
        assertEquals("2026-11-30", meeting.get("dueOn"));
        assertEquals(true, meeting.get("urgent"));
        assertEquals("本月主题党日尚未开展，剩余5天", item(due, "CADENCE", "THEME_DAY").get("text"));
        assertEquals("本季度支部党员大会尚未召开，剩余36天", item(due, "CADENCE", "GENERAL_MEETING").get("text"));
        assertEquals(false, item(due, "CADENCE", "GENERAL_MEETING").get("urgent"), "36 days left is outside the 10-day lead time");
        assertEquals("计划于11月28日召开支部党员大会，剩余3天", item(due, "PLANNED_ACTIVITY", "GENERAL_MEETING").get("text"));
        assertEquals("2026学年第一学期工作总结尚未报送，剩余10天", item(due, "SUMMARY", "2026-S1").get("text"));
        List<String> dueOn = due.getList("items.dueOn");
        assertEquals(dueOn.stream().sorted().toList(), dueOn, "soonest first");

        JsonPath busyDue = given().header("Authorization", "Bearer " + TestTokens.school(busy))
                .get("/api/v1/statistics/branches/{id}/due", busy)
                .then().statusCode(200).extract().jsonPath();
        assertFalse(busyDue.getList("items.type").contains("COMMITTEE_MEETING"), busyDue.prettify());
        given().header("Authorization", "Bearer " + TestTokens.school(busy)).get("/api/v1/statistics/branches/{id}/due", quiet)
                .then().statusCode(404);

        JsonPath ranked = given().header("Authorization", bureau).get("/api/v1/statistics/organizations/{id}/at-risk", committee).then()
                .statusCode(200).body("monthEnds", equalTo("2026-11-30")).body("total", equalTo(2)).extract().jsonPath();
        assertEquals(List.of("待办静小学党支部", "待办忙小学党支部"), ranked.getList("items.branchName"));
        assertEquals(List.of(1, 2), ranked.getList("items.rank"));
        assertEquals(List.of("COMMITTEE_MEETING", "THEME_DAY"), ranked.getList("items[0].types"));
        assertEquals(List.of("THEME_DAY"), ranked.getList("items[1].types"));
        given().header("Authorization", bureau).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/statistics/organizations/{id}/at-risk", committee).then().statusCode(200)
                .body("items[0].branchName", equalTo("待办忙小学党支部"));

        String feed = given().header("Authorization", school).get("/api/v1/statistics/branches/{id}/due.ics", quiet).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        String unfolded = feed.replace("\r\n ", "");
        assertTrue(unfolded.startsWith("BEGIN:VCALENDAR\r\n") && unfolded.endsWith("END:VCALENDAR\r\n"), feed);
        assertTrue(unfolded.contains("DTSTART;VALUE=DATE:20261130\r\n"), feed);
        assertTrue(unfolded.contains("SUMMARY:本月支部委员会尚未召开，剩余5天\r\n"), feed);
        assertEquals(due.getList("items").size(), unfolded.split("BEGIN:VEVENT", -1).length - 1);
    }

    private static Map<String, Object> item(JsonPath due, String kind, String type) {
        List<Map<String, Object>> items = due.getList("items");
        return items.stream().filter(i -> kind.equals(i.get("kind")) && type.equals(i.get("type"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + type + " in " + due.prettify()));
    }
}
