package io.partybranch.activities.rest;

import static io.partybranch.activities.rest.BranchOnRoster.plan;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Planned activities filtered by subtree, type, period and status, and published as an iCalendar feed. */
@QuarkusTest
class ActivityCalendarTest extends OnAFreshBranch {

    @Test
    void activitiesAreFilteredBySubtreeTypePeriodAndStatusAndPublishedAsACalendar() {
        String committeeMeeting = plan(roster.branch, "COMMITTEE_MEETING", "2026-12-03");
        String groupMeeting = plan(roster.group, "GROUP_MEETING", "2026-12-10");
        String lecture = plan(roster.branch, "PARTY_LECTURE", "2027-01-15");
        given().queryParam("organizationId", roster.group.toString()).get("/api/v1/activities").then().body("total", equalTo(1))
                .body("items[0].id", equalTo(groupMeeting));
        given().queryParam("organizationId", roster.branch.toString()).queryParam("subtree", true)
                .queryParam("from", "2026-12-01").queryParam("to", "2026-12-31").get("/api/v1/activities").then()
                .body("total", equalTo(2));
        given().queryParam("organizationId", roster.branch.toString()).queryParam("type", "PARTY_LECTURE").queryParam("status", "PLANNED")
                .get("/api/v1/activities").then().body("total", equalTo(1)).body("items[0].id", equalTo(lecture));

        String ics = given().queryParam("organizationId", roster.branch.toString()).queryParam("subtree", true)
                .queryParam("from", "2026-12-01").get("/api/v1/activities/calendar.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        assertEquals(3, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
        assertTrue(ics.contains("UID:" + committeeMeeting + "@partybranch\r\n"), ics);
        assertTrue(ics.contains("UID:" + groupMeeting + "@partybranch\r\n"), ics);
        assertTrue(ics.contains("UID:" + lecture + "@partybranch\r\n"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20261210\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:党小组会：测试GROUP_MEETING"), ics);
    }
}
