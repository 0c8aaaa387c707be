package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.partybranch.activities.repository.RosterMember;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The first semester (Sep–Jan) of a seed-like branch, recorded as its secretary would: a committee
 * meeting and a group meeting every month, general meetings, a party lecture, a democratic
 * evaluation with trust ballots; then read back by period and type.
 */
@QuarkusTest
class SemesterScenarioTest {

    @Test
    void aSemesterOfBranchWorkIsRecordedAndReadBack() {
        UUID branch = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        List<UUID> members = new ArrayList<>();
        try (TopicWriter writer = new TopicWriter()) {
            send(writer, branch, "organization.created.v1", branch, Map.of("id", branch.toString(), "name", "青禾第二小学党支部",
                    "type", "BRANCH", "districtCode", "320412", "version", 0));
            send(writer, branch, "organization.created.v1", group, Map.of("id", group.toString(), "name", "低年级党小组",
                    "type", "PARTY_GROUP", "parentId", branch.toString(), "districtCode", "320412", "version", 0));
            for (int i = 0; i < 9; i++) {
                UUID member = UUID.randomUUID();
                members.add(member);
                Map<String, Object> data = new HashMap<>(Map.of("id", member.toString(), "organizationId", branch.toString(),
                        "fullName", "教师" + i, "politicalStatus", "FULL", "joinedOn", "2005-07-01", "fullSince", "2006-07-01",
                        "statusSince", "2006-07-01", "membershipState", "NORMAL", "version", i < 4 ? 1 : 0, "effectiveDate", "2025-09-01"));
                if (i < 4) {
                    data.put("partyGroupId", group.toString());
                }
                send(writer, branch, i < 4 ? "member.group-assigned.v1" : "member.registered.v1", member, data);
            }
            UUID committee = UUID.randomUUID();
            send(writer, branch, "committee.elected.v1", committee, Map.of("id", committee.toString(), "branchId", branch.toString(),
                    "posts", List.of(post(members.get(0), "SECRETARY"), post(members.get(1), "ORGANIZATION"),
                            post(members.get(1), "DISCIPLINE"), post(members.get(2), "PROPAGANDA"))));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                RosterMember.count("organizationId", branch) == 9));

        List<Map<String, Object>> everyone = members.stream().map(m -> Map.<String, Object>of("memberId", m.toString(), "status", "PRESENT")).toList();
        List<Map<String, Object>> committeeMembers = everyone.subList(0, 3);
        List<Map<String, Object>> groupMembers = everyone.subList(0, 4);
        LocalDate[] months = {LocalDate.of(2025, 9, 5), LocalDate.of(2025, 10, 9), LocalDate.of(2025, 11, 6),
                LocalDate.of(2025, 12, 4), LocalDate.of(2026, 1, 8)};
        for (LocalDate day : months) {
            hold(branch, "COMMITTEE_MEETING", day, committeeMembers);
            hold(group, "GROUP_MEETING", day.plusDays(7), groupMembers);
        }
        hold(branch, "GENERAL_MEETING", LocalDate.of(2025, 9, 26), everyone);
        hold(branch, "GENERAL_MEETING", LocalDate.of(2025, 12, 26), everyone);
        hold(branch, "PARTY_LECTURE", LocalDate.of(2025, 11, 20), everyone);
        hold(branch, "DEMOCRATIC_EVALUATION", LocalDate.of(2026, 1, 15), everyone);

        List<Map<String, Object>> grades = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            grades.add(Map.of("memberId", members.get(i).toString(), "grade", i < 3 ? "EXCELLENT" : "QUALIFIED"));
        }
        String evaluation = given().contentType(ContentType.JSON).body(Map.of("branchId", branch.toString(),
                        "period", "2025学年第一学期", "heldOn", "2026-01-15", "grades", grades))
                .post("/api/v1/evaluations").then().statusCode(201).body("distribution.EXCELLENT", equalTo(3))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("results", List.of(
                        Map.of("memberId", members.get(0).toString(), "ballots", 9, "trusted", 9),
                        Map.of("memberId", members.get(1).toString(), "ballots", 9, "trusted", 9),
                        Map.of("memberId", members.get(2).toString(), "ballots", 9, "trusted", 8))))
                .post("/api/v1/evaluations/" + evaluation + "/trust-ballots").then().statusCode(200);

        // Read back as the semester summary would count it: 召开党员大会2次, 支委会每月一次, 党小组活动每月都有.
        given().queryParam("organizationId", branch.toString()).queryParam("subtree", true)
                .queryParam("from", "2025-09-01").queryParam("to", "2026-01-31").queryParam("status", "HELD")
                .queryParam("size", 100).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(14));
        given().queryParam("organizationId", branch.toString()).queryParam("type", "GENERAL_MEETING")
                .queryParam("from", "2025-09-01").queryParam("to", "2026-01-31").get("/api/v1/activities").then()
                .body("total", equalTo(2)).body("items.figures.quorumMet", org.hamcrest.Matchers.everyItem(equalTo(true)));
        given().queryParam("organizationId", group.toString()).queryParam("type", "GROUP_MEETING")
                .get("/api/v1/activities").then().body("total", equalTo(5))
                .body("items.figures.attendanceRate", org.hamcrest.Matchers.everyItem(equalTo(1.0f)));
        given().get("/api/v1/evaluations/" + evaluation).then()
                .body("trustBallots.find { it.memberId == '" + members.get(2) + "' }.trustRate", equalTo(0.8889f));
    }

    private static void hold(UUID organization, String type, LocalDate day, List<Map<String, Object>> attendance) {
        String id = given().contentType(ContentType.JSON).body(Map.of("organizationId", organization.toString(), "type", type,
                "title", type + " " + day, "plannedFor", day.toString())).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("heldOn", day.toString(), "attendance", attendance,
                "documents", List.of("中国共产党支部工作条例（试行）")))
                .post("/api/v1/activities/" + id + "/record").then().statusCode(200);
    }

    private static Map<String, Object> post(UUID member, String post) {
        return Map.of("memberId", member.toString(), "post", post, "fromDate", "2024-09-01");
    }

    private static void send(TopicWriter writer, UUID branch, String type, UUID subject, Map<String, Object> data) {
        writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", type, subject, branch, data));
    }
}
