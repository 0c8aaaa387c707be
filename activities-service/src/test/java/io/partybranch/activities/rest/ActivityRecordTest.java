package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.partybranch.activities.repository.RosterMember;
import io.partybranch.common.testing.TopicReader;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A branch whose roster arrives as members-service announces it (registrations, a group assignment,
 * a transfer in, a committee election), then meetings recorded against that roster on their dates.
 */
@QuarkusTest
class ActivityRecordTest {

    UUID branch;
    UUID group;
    List<UUID> full = new ArrayList<>();
    UUID probationer;
    UUID activist;
    UUID newcomer;

    static ActivityRecordTest current;

    @BeforeEach
    void aBranchAsMembersServiceDescribesIt() {
        current = this;
        branch = UUID.randomUUID();
        group = UUID.randomUUID();
        UUID otherBranch = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            organization(writer, branch, "BRANCH", null);
            organization(writer, otherBranch, "BRANCH", null);
            organization(writer, group, "PARTY_GROUP", branch);
            for (int i = 0; i < 5; i++) {
                UUID member = UUID.randomUUID();
                full.add(member);
                member(writer, "member.registered.v1", member, branch, "FULL", "2010-07-01", "2011-07-01", null, "2011-07-01", 0);
            }
            probationer = UUID.randomUUID();
            member(writer, "member.registered.v1", probationer, branch, "PROBATIONARY", "2026-06-15", null, null, "2026-06-15", 0);
            activist = UUID.randomUUID();
            member(writer, "member.registered.v1", activist, branch, "ACTIVIST", null, null, null, "2025-09-10", 0);
            newcomer = UUID.randomUUID();
            member(writer, "member.registered.v1", newcomer, otherBranch, "FULL", "2001-07-01", "2002-07-01", null, "2002-07-01", 0);
            member(writer, "member.transferred.v1", newcomer, branch, "FULL", "2001-07-01", "2002-07-01", null, "2026-09-20", 1);
            member(writer, "member.group-assigned.v1", full.get(0), branch, "FULL", "2010-07-01", "2011-07-01", group, "2026-09-01", 1);
            member(writer, "member.group-assigned.v1", full.get(1), branch, "FULL", "2010-07-01", "2011-07-01", group, "2026-09-01", 1);
            UUID committee = UUID.randomUUID();
            writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service",
                    "committee.elected.v1", committee, branch, Map.of("id", committee.toString(), "branchId", branch.toString(),
                            "posts", List.of(post(full.get(0), "SECRETARY"), post(full.get(1), "ORGANIZATION"),
                                    post(full.get(1), "DISCIPLINE"), post(full.get(2), "PROPAGANDA")))));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            RosterMember moved = RosterMember.findById(newcomer);
            RosterMember grouped = RosterMember.findById(full.get(1));
            return moved != null && branch.equals(moved.organizationId) && grouped != null && group.equals(grouped.partyGroupId);
        }));
    }

    @Test
    void aGeneralMeetingCountsPartyMembersOnItsDateAndVotesOfFullMembersOnly() {
        String meeting = plan(branch, "GENERAL_MEETING", "2026-09-10");
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attendance.add(entry(full.get(i), "PRESENT", null));
        }
        attendance.add(entry(probationer, "PRESENT", null));
        attendance.add(entry(activist, "PRESENT", null));

        // The newcomer only joined the branch on 2026-09-20.
        List<Map<String, Object>> withNewcomer = new ArrayList<>(attendance);
        withNewcomer.add(entry(newcomer, "PRESENT", null));
        record(meeting, withNewcomer).statusCode(409).body("type", equalTo("/problems/rule-violation/attendee-not-in-branch"));

        List<Map<String, Object>> unexcused = new ArrayList<>(attendance);
        unexcused.add(entry(full.get(4), "EXCUSED", null));
        record(meeting, unexcused).statusCode(400).body("errors[0].field", equalTo("attendance[6].reason"));

        attendance.add(entry(full.get(4), "EXCUSED", "外出培训"));
        record(meeting, attendance).statusCode(200)
                .body("status", equalTo("HELD"))
                .body("figures.expected", equalTo(6))   // five full members and the probationer; not the activist
                .body("figures.present", equalTo(5))
                .body("figures.attendanceRate", equalTo(0.8333f))
                .body("figures.votingExpected", equalTo(5))
                .body("figures.votingPresent", equalTo(4))
                .body("figures.quorumMet", equalTo(true));
        given().get("/api/v1/activities/" + meeting + "/attendance").then().statusCode(200)
                .body("members", hasSize(7))
                .body("members.find { it.memberId == '" + activist + "' }.expected", equalTo(false))
                .body("members.find { it.memberId == '" + full.get(4) + "' }.statusLabel", equalTo("请假"));

        try (TopicReader topic = TopicReader.of("activities.events")) {
            JsonNode held = TopicReader.json(topic.await(TopicReader.eventWithSubject("activity.held.v1", meeting)).value()).path("data");
            assertEquals(6, held.path("expectedCount").asInt());
            assertEquals(7, held.path("attendance").size());
        }
    }

    @Test
    void theHostAndRecorderBelongToTheBranchAndMeetingsAreHeldByTheRightOrganisation() {
        String meeting = plan(branch, "STUDY_SESSION", "2026-09-15");
        Map<String, Object> body = new HashMap<>(Map.of("heldOn", "2026-09-15", "hostMemberId", newcomer.toString(),
                "attendance", List.of()));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/activities/" + meeting + "/record").then()
                .statusCode(409).body("type", equalTo("/problems/rule-violation/host-not-in-branch"));
        body.put("hostMemberId", full.get(0).toString());
        given().contentType(ContentType.JSON).body(body).post("/api/v1/activities/" + meeting + "/record").then().statusCode(200);

        given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", group.toString(), "type", "COMMITTEE_MEETING", "title", "支委会", "plannedFor", "2026-10-01"))
                .post("/api/v1/activities").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/activity-needs-branch"));
    }

    @Test
    void aMeetingWithoutQuorumIsRecordedButFlagged() {
        String meeting = plan(branch, "GENERAL_MEETING", "2026-10-12");
        record(meeting, List.of(entry(full.get(0), "PRESENT", null), entry(full.get(1), "PRESENT", null),
                entry(probationer, "PRESENT", null)))
                .statusCode(200).body("figures.votingPresent", equalTo(2)).body("figures.votingExpected", equalTo(6))
                .body("figures.quorumMet", equalTo(false));
    }

    @Test
    void aCommitteeMeetingExpectsTheCommitteeAndLetsOthersSitIn() {
        String meeting = plan(branch, "COMMITTEE_MEETING", "2026-10-08");
        record(meeting, List.of(entry(full.get(0), "PRESENT", null), entry(full.get(1), "PRESENT", null),
                entry(newcomer, "PRESENT", null)))
                .statusCode(200).body("figures.expected", equalTo(3)).body("figures.present", equalTo(2))
                .body("figures.quorumMet", equalTo(true)).body("figures.votingExpected", nullValue());
        given().get("/api/v1/activities/" + meeting + "/attendance").then()
                .body("members.find { it.memberId == '" + newcomer + "' }.expected", equalTo(false))
                .body("members.find { it.memberId == '" + full.get(2) + "' }.status", equalTo("ABSENT"));
    }

    @Test
    void aGroupMeetingChecksTheGroupOnItsDate() {
        String meeting = plan(group, "GROUP_MEETING", "2026-10-15");
        record(meeting, List.of(entry(full.get(0), "PRESENT", null), entry(full.get(3), "PRESENT", null)))
                .statusCode(409).body("type", equalTo("/problems/rule-violation/attendee-not-in-group"));
        record(meeting, List.of(entry(full.get(0), "PRESENT", null))).statusCode(200)
                .body("figures.expected", equalTo(2)).body("figures.attendanceRate", equalTo(0.5f));
        // Before the assignment on 2026-09-01 the group had nobody.
        String early = plan(group, "GROUP_MEETING", "2026-08-20");
        record(early, List.of()).statusCode(200).body("figures.expected", equalTo(0)).body("figures.attendanceRate", nullValue());
    }

    @Test
    void cancellationAndCorrectionKeepTheRecordHonest() {
        String lecture = plan(branch, "PARTY_LECTURE", "2026-11-20");
        given().contentType(ContentType.JSON).body(Map.of("reason", "台风停课"))
                .post("/api/v1/activities/" + lecture + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("台风停课"));
        record(lecture, List.of()).statusCode(409).body("type", equalTo("/problems/rule-violation/activity-not-planned"));

        String meeting = plan(branch, "GENERAL_MEETING", "2026-09-30");
        given().contentType(ContentType.JSON).body(recordBody(List.of()))
                .put("/api/v1/activities/" + meeting).then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/activity-not-held"));
        String etag = record(meeting, List.of(entry(full.get(0), "PRESENT", null))).statusCode(200).extract().header("ETag");
        List<Map<String, Object>> corrected = new ArrayList<>();
        full.forEach(m -> corrected.add(entry(m, "PRESENT", null)));
        corrected.add(entry(probationer, "PRESENT", null));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(recordBody(corrected))
                .put("/api/v1/activities/" + meeting).then().statusCode(200)
                // By 2026-09-30 the newcomer (arrived 2026-09-20) is expected too: 6 of 7.
                .body("figures.expected", equalTo(7)).body("figures.present", equalTo(6))
                .body("figures.attendanceRate", equalTo(0.8571f));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(recordBody(corrected))
                .put("/api/v1/activities/" + meeting).then().statusCode(412);
        given().get("/api/v1/activities/" + meeting + "/revisions").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].changedBy", equalTo("test-admin"))
                .body("[0].snapshot.activity.figures.present", equalTo(1));
    }

    @Test
    void aResolutionPassesOnlyWithMoreThanHalfOfTheVotingMembersExpected() {
        String meeting = plan(branch, "GENERAL_MEETING", "2026-09-12");
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attendance.add(entry(full.get(i), "PRESENT", null));
        }
        attendance.add(entry(full.get(4), "EXCUSED", "病假"));
        attendance.add(entry(probationer, "PRESENT", null));
        record(meeting, attendance).statusCode(200);

        vote(meeting, List.of(ballot(full.get(0), "YES"), ballot(probationer, "YES"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/probationary-cannot-vote"));
        vote(meeting, List.of(ballot(full.get(4), "YES"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/voter-not-present"));
        vote(meeting, List.of(ballot(full.get(0), "YES"), ballot(full.get(1), "YES"), ballot(full.get(2), "YES"),
                ballot(full.get(3), "NO")))
                .statusCode(201).body("yes", equalTo(3)).body("votingExpected", equalTo(5)).body("passed", equalTo(true));
        // Two yes votes are all of those voting, but not more than half of the five who should attend.
        vote(meeting, List.of(ballot(full.get(0), "YES"), ballot(full.get(1), "YES"), ballot(full.get(2), "ABSTAIN")))
                .statusCode(201).body("passed", equalTo(false)).body("outcomeLabel", equalTo("未通过"));
        given().get("/api/v1/activities/" + meeting + "/votes").then().body("", hasSize(2));

        String committeeMeeting = plan(branch, "COMMITTEE_MEETING", "2026-09-13");
        record(committeeMeeting, List.of(entry(full.get(0), "PRESENT", null))).statusCode(200);
        vote(committeeMeeting, List.of(ballot(full.get(0), "YES"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/vote-needs-held-general-meeting"));
        try (TopicReader topic = TopicReader.of("activities.events")) {
            topic.await(record -> record.value().contains("vote.held.v1") && record.value().contains(meeting));
        }
    }

    @Test
    void anEvaluationGradesEveryPartyMemberWithAtMostAThirdExcellentAndTrustBallotsOnTheCommittee() {
        List<Map<String, Object>> grades = new ArrayList<>();
        grades.add(grade(full.get(0), "EXCELLENT"));
        grades.add(grade(full.get(1), "QUALIFIED"));
        grades.add(grade(full.get(2), "QUALIFIED"));
        grades.add(grade(full.get(3), "QUALIFIED"));
        grades.add(grade(probationer, "QUALIFIED"));
        String period = "2026年上半年-" + branch;

        evaluate(period, grades, List.of()).statusCode(400).body("errors[0].field", equalTo("notEvaluated"));
        List<Map<String, Object>> withActivist = new ArrayList<>(grades);
        withActivist.add(grade(activist, "QUALIFIED"));
        evaluate(period, withActivist, List.of(Map.of("memberId", full.get(4).toString(), "reason", "病假"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/evaluated-not-in-branch"));
        List<Map<String, Object>> tooMany = new ArrayList<>(grades);
        tooMany.set(1, grade(full.get(1), "EXCELLENT")); // 2 of 5 is more than a third
        evaluate(period, tooMany, List.of(Map.of("memberId", full.get(4).toString(), "reason", "病假"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/excellent-over-one-third"));

        String evaluation = evaluate(period, grades, List.of(Map.of("memberId", full.get(4).toString(), "reason", "病假")))
                .statusCode(201)
                .body("evaluated", equalTo(5)).body("distribution.EXCELLENT", equalTo(1)).body("distribution.QUALIFIED", equalTo(4))
                .body("notEvaluated[0].reason", equalTo("病假"))
                .extract().path("id");
        evaluate(period, grades, List.of(Map.of("memberId", full.get(4).toString(), "reason", "病假"))).statusCode(409)
                .body("type", equalTo("/problems/conflict/evaluation-exists"));

        given().contentType(ContentType.JSON).body(Map.of("results", List.of(Map.of("memberId", full.get(3).toString(), "ballots", 21, "trusted", 20))))
                .post("/api/v1/evaluations/" + evaluation + "/trust-ballots").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/trust-ballot-not-committee"));
        given().contentType(ContentType.JSON).body(Map.of("results", List.of(
                        Map.of("memberId", full.get(0).toString(), "ballots", 21, "trusted", 21),
                        Map.of("memberId", full.get(1).toString(), "ballots", 21, "trusted", 20))))
                .post("/api/v1/evaluations/" + evaluation + "/trust-ballots").then().statusCode(200)
                .body("trustBallots.find { it.memberId == '" + full.get(1) + "' }.trustRate", equalTo(0.9524f));
    }

    @Test
    void talksPairingsAndDecisionsCarryTheirOwnFieldsAndRules() {
        String talk = plan(branch, "HEART_TO_HEART_TALK", "2026-10-20");
        recordWith(talk, Map.of("talk", Map.of("committeeMemberId", full.get(3).toString(), "memberId", full.get(4).toString())))
                .statusCode(409).body("type", equalTo("/problems/rule-violation/talk-needs-committee-member"));
        recordWith(talk, Map.of()).statusCode(400).body("errors[0].field", equalTo("talk"));
        recordWith(talk, Map.of("talk", Map.of("committeeMemberId", full.get(0).toString(), "memberId", full.get(4).toString(),
                "summary", "交流教学与思想状况"))).statusCode(200).body("details.talk.memberId", equalTo(full.get(4).toString()));

        String pairing = plan(branch, "PAIRING", "2026-10-21");
        recordWith(pairing, Map.of("pairing", Map.of("memberId", full.get(1).toString(), "partnerKind", "PUPIL", "partnerName", "某学生")))
                .statusCode(400);
        recordWith(pairing, Map.of("pairing", Map.of("memberId", full.get(1).toString(), "partnerKind", "PUPIL", "pupilReference", "张小明")))
                .statusCode(400).body("errors[0].field", equalTo("pairing.pupilReference"));
        recordWith(pairing, Map.of("pairing", Map.of("memberId", full.get(1).toString(), "partnerKind", "PUPIL", "pupilReference", "P-2026-0417")))
                .statusCode(200).body("details.pairing.pupilReference", equalTo("P-2026-0417"));

        String decision = plan(branch, "MAJOR_DECISION", "2026-09-01");
        recordWith(decision, Map.of("decision", Map.of("category", "LARGE_FUNDS", "stages", List.of(
                Map.of("stage", "ADMINISTRATION", "decidedOn", "2026-09-01")))))
                .statusCode(409).body("type", equalTo("/problems/rule-violation/decision-stage-order"));
        recordWith(decision, Map.of("decision", Map.of("category", "LARGE_FUNDS", "stages", List.of(
                Map.of("stage", "COMMITTEE", "decidedOn", "2026-09-01"), Map.of("stage", "ADMINISTRATION", "decidedOn", "2026-08-30")))))
                .statusCode(409);
        recordWith(decision, Map.of("decision", Map.of("category", "LARGE_FUNDS", "stages", List.of(
                Map.of("stage", "COMMITTEE", "decidedOn", "2026-09-01"), Map.of("stage", "ADMINISTRATION", "decidedOn", "2026-09-03"),
                Map.of("stage", "STAFF_CONGRESS", "decidedOn", "2026-09-10")))))
                .statusCode(200).body("details.decision.stages", hasSize(3));

        String meeting = plan(branch, "GENERAL_MEETING", "2026-10-22");
        recordWith(meeting, Map.of("talk", Map.of("committeeMemberId", full.get(0).toString(), "memberId", full.get(4).toString())))
                .statusCode(400).body("errors[0].field", equalTo("talk"));
    }

    @Test
    void activitiesAreFilteredBySubtreeTypePeriodAndStatusAndPublishedAsACalendar() {
        String committeeMeeting = plan(branch, "COMMITTEE_MEETING", "2026-12-03");
        String groupMeeting = plan(group, "GROUP_MEETING", "2026-12-10");
        String lecture = plan(branch, "PARTY_LECTURE", "2027-01-15");
        given().queryParam("organizationId", group.toString()).get("/api/v1/activities").then().body("total", equalTo(1));
        given().queryParam("organizationId", branch.toString()).queryParam("subtree", true)
                .queryParam("from", "2026-12-01").queryParam("to", "2026-12-31").get("/api/v1/activities").then()
                .body("total", equalTo(2));
        given().queryParam("organizationId", branch.toString()).queryParam("type", "PARTY_LECTURE").queryParam("status", "PLANNED")
                .get("/api/v1/activities").then().body("total", equalTo(1)).body("items[0].id", equalTo(lecture));

        String ics = given().queryParam("organizationId", branch.toString()).queryParam("subtree", true)
                .queryParam("from", "2026-12-01").get("/api/v1/activities/calendar.ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        assertEquals(3, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
        org.junit.jupiter.api.Assertions.assertTrue(ics.contains("UID:" + committeeMeeting + "@partybranch\r\n"), ics);
        org.junit.jupiter.api.Assertions.assertTrue(ics.contains("DTSTART;VALUE=DATE:20261210\r\n"), ics);
        org.junit.jupiter.api.Assertions.assertTrue(ics.contains("SUMMARY:党小组会：测试GROUP_MEETING"), ics);
        org.junit.jupiter.api.Assertions.assertTrue(groupMeeting.length() > 0);
    }

    private io.restassured.response.ValidatableResponse recordWith(String activity, Map<String, Object> details) {
        String date = given().get("/api/v1/activities/" + activity).then().extract().path("plannedFor");
        Map<String, Object> body = new HashMap<>(Map.of("heldOn", date, "attendance", List.of()));
        body.putAll(details);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/activities/" + activity + "/record").then();
    }

    private static io.restassured.response.ValidatableResponse evaluate(String period, List<Map<String, Object>> grades,
            List<Map<String, Object>> notEvaluated) {
        return given().contentType(ContentType.JSON).body(Map.of("branchId", ActivityRecordTest.current.branch.toString(),
                        "period", period, "heldOn", "2026-06-30", "grades", grades, "notEvaluated", notEvaluated))
                .post("/api/v1/evaluations").then();
    }

    private static Map<String, Object> grade(UUID member, String grade) {
        return Map.of("memberId", member.toString(), "grade", grade);
    }

    private static io.restassured.response.ValidatableResponse vote(String meeting, List<Map<String, Object>> ballots) {
        return given().contentType(ContentType.JSON).body(Map.of("subject", "ADMIT_CANDIDATE", "motion", "接收某同志为预备党员",
                "ballots", ballots)).post("/api/v1/activities/" + meeting + "/votes").then();
    }

    private static Map<String, Object> ballot(UUID voter, String choice) {
        return Map.of("voterId", voter.toString(), "choice", choice);
    }

    private static Map<String, Object> recordBody(List<Map<String, Object>> attendance) {
        return Map.of("heldOn", "2026-09-30", "startTime", "15:30:00", "endTime", "16:30:00", "place", "党员活动室",
                "documents", List.of("支部工作条例"), "minutes", "会议记录", "attendance", attendance);
    }

    private io.restassured.response.ValidatableResponse record(String activity, List<Map<String, Object>> attendance) {
        String date = given().get("/api/v1/activities/" + activity).then().extract().path("plannedFor");
        Map<String, Object> body = new HashMap<>(Map.of("heldOn", date, "startTime", "15:30:00", "endTime", "16:30:00",
                "place", "党员活动室", "hostMemberId", full.get(0).toString(), "recorderMemberId", full.get(2).toString(),
                "documents", List.of("中国共产党支部工作条例（试行）"), "minutes", "会议记录", "attendance", attendance));
        body.put("guests", List.of("社区志愿者"));
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/activities/" + activity + "/record").then();
    }

    private static String plan(UUID organization, String type, String date) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization.toString(), "type", type, "title", "测试" + type, "plannedFor", date))
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> entry(UUID member, String status, String reason) {
        Map<String, Object> entry = new HashMap<>(Map.of("memberId", member.toString(), "status", status));
        if (reason != null) {
            entry.put("reason", reason);
        }
        return entry;
    }

    private static Map<String, Object> post(UUID member, String post) {
        return Map.of("memberId", member.toString(), "post", post, "fromDate", "2024-09-01");
    }

    private static void organization(TopicWriter writer, UUID id, String type, UUID parent) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "name", "组织", "type", type, "districtCode", "320412", "version", 0));
        if (parent != null) {
            data.put("parentId", parent.toString());
        }
        writer.send("members.events", (parent == null ? id : parent).toString(), TopicWriter.cloudEvent(UUID.randomUUID(),
                "members-service", "organization.created.v1", id, parent == null ? id : parent, data));
    }

    private static void member(TopicWriter writer, String type, UUID id, UUID branch, String status, String joinedOn,
            String fullSince, UUID group, String effective, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "organizationId", branch.toString(),
                "fullName", "党员" + id.toString().substring(0, 4), "politicalStatus", status, "statusSince",
                fullSince != null ? fullSince : joinedOn != null ? joinedOn : effective,
                "membershipState", "NORMAL", "version", version, "effectiveDate", effective));
        if (joinedOn != null) {
            data.put("joinedOn", joinedOn);
        }
        if (fullSince != null) {
            data.put("fullSince", fullSince);
        }
        if (status.equals("ACTIVIST")) {
            data.put("activistSince", effective);
        }
        if (group != null) {
            data.put("partyGroupId", group.toString());
        }
        writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", type, id, branch, data));
    }
}
