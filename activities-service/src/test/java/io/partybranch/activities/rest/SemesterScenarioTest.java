package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.partybranch.common.testing.EventFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The first semester (Sep–Jan) of a seed-like branch, recorded as its secretary would: a committee
 * meeting and a group meeting every month, general meetings, a party lecture, a democratic
 * evaluation with trust ballots; then read back by period and type.
 */
@QuarkusTest
class SemesterScenarioTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aSemesterOfBranchWorkIsRecordedAndReadBack() {
        UUID branch = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        List<UUID> members = new ArrayList<>();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(branch, "青禾第二小学党支部", "BRANCH", null, "320412");
            events.organization(group, "低年级党小组", "PARTY_GROUP", branch, "320412");
            for (int i = 0; i < 9; i++) {
                UUID member = UUID.randomUUID();
                members.add(member);
                EventFixtures.Member teacher = events.member(member, branch).full("2005-07-01", "2006-07-01").set("effectiveDate",
                        "2025-09-01");
                (i < 4 ? teacher.inGroup(group, "2025-09-01", 1) : teacher).send();
            }
            events.committee(UUID.randomUUID(), branch, "2024-09-01", "2027-09-01", List.of(
                    EventFixtures.post(members.get(0), "SECRETARY", "2024-09-01", null),
                    EventFixtures.post(members.get(1), "ORGANIZATION", "2024-09-01", null),
                    EventFixtures.post(members.get(1), "DISCIPLINE", "2024-09-01", null),
                    EventFixtures.post(members.get(2), "PROPAGANDA", "2024-09-01", null)));
            // The committee election was sent last; the committee meetings below need it applied.
            events.awaitApplied(entityManager, BranchOnRoster.CONSUMER, EventFixtures.MEMBERS_TOPIC);
        }

        List<Map<String, Object>> everyone = members.stream()
                .map(m -> Map.<String, Object>of("memberId", m.toString(), "status", "PRESENT")).toList();
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
                .body("total", equalTo(2)).body("items.figures.quorumMet", Matchers.everyItem(equalTo(true)));
        given().queryParam("organizationId", group.toString()).queryParam("type", "GROUP_MEETING")
                .get("/api/v1/activities").then().body("total", equalTo(5))
                .body("items.figures.attendanceRate", Matchers.everyItem(equalTo(1.0f)));
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
}
