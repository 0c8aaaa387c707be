package io.partybranch.activities.rest;

import static io.partybranch.activities.rest.BranchOnRoster.entry;
import static io.partybranch.activities.rest.BranchOnRoster.plan;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Meetings recorded against the roster on their dates: who is expected (应到), who came, quorum, corrections. */
@QuarkusTest
class AttendanceRecordTest extends OnAFreshBranch {

    @Test
    void aGeneralMeetingCountsPartyMembersOnItsDate() {
        String meeting = plan(roster.branch, "GENERAL_MEETING", "2026-09-10");
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attendance.add(entry(roster.full.get(i), "PRESENT", null));
        }
        attendance.add(entry(roster.probationer, "PRESENT", null));
        attendance.add(entry(roster.activist, "PRESENT", null));

        // The newcomer only joined the branch on 2026-09-20.
        List<Map<String, Object>> withNewcomer = new ArrayList<>(attendance);
        withNewcomer.add(entry(roster.newcomer, "PRESENT", null));
        roster.record(meeting, withNewcomer).statusCode(409).body("type", equalTo("/problems/rule-violation/attendee-not-in-branch"));

        List<Map<String, Object>> unexcused = new ArrayList<>(attendance);
        unexcused.add(entry(roster.full.get(4), "EXCUSED", null));
        roster.record(meeting, unexcused).statusCode(400).body("errors[0].field", equalTo("attendance[6].reason"));

        attendance.add(entry(roster.full.get(4), "EXCUSED", "外出培训"));
        roster.record(meeting, attendance).statusCode(200)
                .body("status", equalTo("HELD"))
                .body("figures.expected", equalTo(6)) // five full members and the probationer; not the activist
                .body("figures.present", equalTo(5))
                .body("figures.attendanceRate", equalTo(0.8333f))
                .body("figures.votingExpected", equalTo(5))
                .body("figures.votingPresent", equalTo(4))
                .body("figures.quorumMet", equalTo(true));
        given().get("/api/v1/activities/" + meeting + "/attendance").then().statusCode(200)
                .body("members", hasSize(7))
                .body("members.find { it.memberId == '" + roster.activist + "' }.expected", equalTo(false))
                .body("members.find { it.memberId == '" + roster.full.get(4) + "' }.statusLabel", equalTo("请假"))
                .body("guests", equalTo(List.of("社区志愿者")));

        try (TopicReader topic = TopicReader.of("activities.events")) {
            JsonNode held = TopicReader.json(topic.await(TopicReader.eventWithSubject("activity.held.v1", meeting)).value()).path("data");
            assertEquals(6, held.path("expectedCount").asInt());
            assertEquals(7, held.path("attendance").size());
        }
    }

    @Test
    void theHostAndRecorderBelongToTheBranchAndMeetingsAreHeldByTheRightOrganisation() {
        String meeting = plan(roster.branch, "STUDY_SESSION", "2026-09-15");
        Map<String, Object> body = new HashMap<>(Map.of("heldOn", "2026-09-15", "hostMemberId", roster.newcomer.toString(),
                "attendance", List.of()));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/activities/" + meeting + "/record").then()
                .statusCode(409).body("type", equalTo("/problems/rule-violation/host-not-in-branch"));
        body.put("hostMemberId", roster.full.get(0).toString());
        given().contentType(ContentType.JSON).body(body).post("/api/v1/activities/" + meeting + "/record").then().statusCode(200)
                .body("hostMemberId", equalTo(roster.full.get(0).toString()));

        given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", roster.group.toString(), "type", "COMMITTEE_MEETING", "title", "支委会", "plannedFor",
                        "2026-10-01"))
                .post("/api/v1/activities").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/activity-needs-branch"));
    }

    @Test
    void aMeetingWithoutQuorumIsRecordedButFlagged() {
        String meeting = plan(roster.branch, "GENERAL_MEETING", "2026-10-12");
        roster.record(meeting, List.of(entry(roster.full.get(0), "PRESENT", null), entry(roster.full.get(1), "PRESENT", null),
                entry(roster.probationer, "PRESENT", null)))
                .statusCode(200).body("figures.votingPresent", equalTo(2)).body("figures.votingExpected", equalTo(6))
                .body("figures.quorumMet", equalTo(false));
    }

    @Test
    void aCommitteeMeetingExpectsTheCommitteeAndLetsOthersSitIn() {
        String meeting = plan(roster.branch, "COMMITTEE_MEETING", "2026-10-08");
        roster.record(meeting, List.of(entry(roster.full.get(0), "PRESENT", null), entry(roster.full.get(1), "PRESENT", null),
                entry(roster.newcomer, "PRESENT", null)))
                .statusCode(200).body("figures.expected", equalTo(3)).body("figures.present", equalTo(2))
                .body("figures.quorumMet", equalTo(true)).body("figures.votingExpected", nullValue());
        given().get("/api/v1/activities/" + meeting + "/attendance").then()
                .body("members.find { it.memberId == '" + roster.newcomer + "' }.expected", equalTo(false))
                .body("members.find { it.memberId == '" + roster.full.get(2) + "' }.status", equalTo("ABSENT"));
    }

    @Test
    void aGroupMeetingChecksTheGroupOnItsDate() {
        String meeting = plan(roster.group, "GROUP_MEETING", "2026-10-15");
        roster.record(meeting, List.of(entry(roster.full.get(0), "PRESENT", null), entry(roster.full.get(3), "PRESENT", null)))
                .statusCode(409).body("type", equalTo("/problems/rule-violation/attendee-not-in-group"));
        roster.record(meeting, List.of(entry(roster.full.get(0), "PRESENT", null))).statusCode(200)
                .body("figures.expected", equalTo(2)).body("figures.attendanceRate", equalTo(0.5f));
        // Before the assignment on 2026-09-01 the group had nobody.
        String early = plan(roster.group, "GROUP_MEETING", "2026-08-20");
        roster.record(early, List.of()).statusCode(200).body("figures.expected", equalTo(0)).body("figures.attendanceRate", nullValue());
    }

    /**
     * A member registered already in a group, with back-filled records: they belonged to the group as long
     * as to the branch (from their first step), not only from the date of their current status.
     */
    @Test
    void aMemberFirstSeenInAGroupBelongedToItFromTheirFirstStep() {
        UUID branch = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(branch, "组织", "BRANCH", null, "320412");
            events.organization(group, "组织", "PARTY_GROUP", branch, "320412");
            // Joined in 2024, full since November 2025: the status date falls after the meeting below.
            events.member(member, branch).full("2024-05-01", "2025-11-01").set("partyGroupId", group).send();
            events.awaitApplied(entityManager, BranchOnRoster.CONSUMER, EventFixtures.MEMBERS_TOPIC);
        }
        String meeting = plan(group, "GROUP_MEETING", "2025-10-15");
        given().contentType(ContentType.JSON).body(Map.of("heldOn", "2025-10-15", "attendance", List.of(entry(member, "PRESENT", null))))
                .post("/api/v1/activities/" + meeting + "/record").then().statusCode(200)
                .body("figures.expected", equalTo(1)).body("figures.present", equalTo(1));
        String before = plan(group, "GROUP_MEETING", "2024-04-20");
        given().contentType(ContentType.JSON).body(Map.of("heldOn", "2024-04-20", "attendance", List.of(entry(member, "PRESENT", null))))
                .post("/api/v1/activities/" + before + "/record").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/attendee-not-in-group"));
    }

    @Test
    void cancellationAndCorrectionKeepTheRecordHonest() {
        String lecture = plan(roster.branch, "PARTY_LECTURE", "2026-11-20");
        given().contentType(ContentType.JSON).body(Map.of("reason", "台风停课"))
                .post("/api/v1/activities/" + lecture + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("台风停课"));
        roster.record(lecture, List.of()).statusCode(409).body("type", equalTo("/problems/rule-violation/activity-not-planned"));

        String meeting = plan(roster.branch, "GENERAL_MEETING", "2026-09-30");
        given().contentType(ContentType.JSON).body(correction(List.of()))
                .put("/api/v1/activities/" + meeting).then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/activity-not-held"));
        String etag = roster.record(meeting, List.of(entry(roster.full.get(0), "PRESENT", null))).statusCode(200).extract().header("ETag");
        List<Map<String, Object>> corrected = new ArrayList<>();
        roster.full.forEach(m -> corrected.add(entry(m, "PRESENT", null)));
        corrected.add(entry(roster.probationer, "PRESENT", null));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(correction(corrected))
                .put("/api/v1/activities/" + meeting).then().statusCode(200)
                // By 2026-09-30 the newcomer (arrived 2026-09-20) is expected too: 6 of 7.
                .body("figures.expected", equalTo(7)).body("figures.present", equalTo(6))
                .body("figures.attendanceRate", equalTo(0.8571f));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(correction(corrected))
                .put("/api/v1/activities/" + meeting).then().statusCode(412);
        given().get("/api/v1/activities/" + meeting + "/revisions").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].changedBy", equalTo("test-admin"))
                .body("[0].snapshot.activity.figures.present", equalTo(1));
    }

    @Test
    void everyWriteOfAnActivityIsInTheBranchsAuditTrailForAuditorsOnly() {
        String meeting = plan(roster.branch, "COMMITTEE_MEETING", "2026-10-09");
        given().header("X-Request-Id", "audit-" + meeting).contentType(ContentType.JSON).body(Map.of("heldOn", "2026-10-09",
                "attendance", List.of(entry(roster.full.get(0), "PRESENT", null))))
                .post("/api/v1/activities/" + meeting + "/record").then().statusCode(200);
        String auditor = "Bearer " + TestTokens.auditor("320412");
        given().header("Authorization", auditor).queryParam("branchId", roster.branch.toString()).queryParam("size", 200)
                .get("/api/v1/activities/audit-entries").then().statusCode(200)
                .body("items.findAll { it.entityId == '" + meeting + "' }.action", Matchers.hasItems("CREATE", "UPDATE"))
                .body("items.find { it.requestId == 'audit-" + meeting + "' }.changes.status.after", equalTo("HELD"))
                .body("items.find { it.requestId == 'audit-" + meeting + "' }.subject", equalTo("test-admin"));
        given().header("Authorization", "Bearer " + TestTokens.school(roster.branch))
                .queryParam("branchId", roster.branch.toString()).get("/api/v1/activities/audit-entries").then().statusCode(403);
    }

    private static Map<String, Object> correction(List<Map<String, Object>> attendance) {
        return Map.of("heldOn", "2026-09-30", "startTime", "15:30:00", "endTime", "16:30:00", "place", "党员活动室",
                "documents", List.of("支部工作条例"), "minutes", "会议记录", "attendance", attendance);
    }
}
