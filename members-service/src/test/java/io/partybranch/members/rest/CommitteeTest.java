package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommitteeTest {

    private static ValidatableResponse elect(String branch, String electedOn, List<Map<String, Object>> seats) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("branchId", branch, "electedOn", electedOn, "members", seats))
                .post("/api/v1/committees").then();
    }

    private static Map<String, Object> seat(String member, String... posts) {
        return Map.of("memberId", member, "posts", List.of(posts));
    }

    private static List<String> fullMembers(String branch, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Fixtures.registerMember(branch, "党员" + i, "FULL"));
        }
        return ids;
    }

    @Test
    void aSmallBranchElectsASecretaryAlone() {
        String branch = Fixtures.createBranch();
        List<String> members = fullMembers(branch, 4);
        elect(branch, "2024-09-01", List.of(seat(members.get(0), "SECRETARY"), seat(members.get(1), "ORGANIZATION"),
                seat(members.get(2), "PROPAGANDA"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/committee-size"));
        elect(branch, "2024-09-01", List.of(seat(members.get(0), "SECRETARY"))).statusCode(201)
                .body("termYears", equalTo(3)).body("termEndsOn", equalTo("2027-09-01")).body("current", equalTo(true));
    }

    @Test
    void aLargerBranchElectsThreeToSevenWithExactlyOneSecretaryAllFullMembersOfIt() {
        String branch = Fixtures.createBranch();
        List<String> members = fullMembers(branch, 7);
        String probationer = Fixtures.registerMember(branch, "预备党员", "PROBATIONARY");
        String outsider = Fixtures.registerMember(Fixtures.createBranch(), "外支部党员", "FULL");

        elect(branch, "2024-09-01", List.of(seat(members.get(0), "SECRETARY"), seat(members.get(1), "SECRETARY"),
                seat(members.get(2), "PROPAGANDA"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/committee-one-secretary"));
        elect(branch, "2024-09-01", List.of(seat(members.get(0), "SECRETARY"), seat(members.get(1), "ORGANIZATION"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/committee-size"));
        elect(branch, "2024-09-01", List.of(seat(members.get(0), "SECRETARY"), seat(probationer, "ORGANIZATION"),
                seat(members.get(2), "PROPAGANDA"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/committee-member-not-full-member"));
        elect(branch, "2024-09-01", List.of(seat(members.get(0), "SECRETARY"), seat(outsider, "ORGANIZATION"),
                seat(members.get(2), "PROPAGANDA"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/committee-member-not-full-member"));

        // The seeds' committee: a secretary, one member holding two posts (组织、纪检委员), a propaganda member.
        String committee = elect(branch, "2024-09-01", List.of(seat(members.get(0), "SECRETARY"),
                seat(members.get(1), "ORGANIZATION", "DISCIPLINE"), seat(members.get(2), "PROPAGANDA"))).statusCode(201)
                .body("posts", hasSize(4))
                .extract().path("id");

        // Hand-over within the term: release and assign together keep exactly one secretary.
        given().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2025-09-01", "changes", List.of(
                Map.of("memberId", members.get(0), "post", "SECRETARY", "action", "RELEASE"))))
                .post("/api/v1/committees/" + committee + "/post-changes").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/committee-one-secretary"));
        given().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2025-09-01", "changes", List.of(
                Map.of("memberId", members.get(0), "post", "SECRETARY", "action", "RELEASE"),
                Map.of("memberId", members.get(3), "post", "SECRETARY", "action", "ASSIGN"))))
                .post("/api/v1/committees/" + committee + "/post-changes").then().statusCode(200)
                .body("posts.find { it.post == 'SECRETARY' && it.toDate == null }.memberId", equalTo(members.get(3)))
                .body("posts.find { it.post == 'SECRETARY' && it.memberId == '" + members.get(0) + "' }.toDate", equalTo("2025-09-01"));
        given().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2025-10-01", "changes", List.of(
                Map.of("memberId", members.get(2), "post", "PROPAGANDA", "action", "RELEASE"))))
                .post("/api/v1/committees/" + committee + "/post-changes").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/committee-size"));

        // A new election ends the term; past terms stay readable.
        elect(branch, "2026-09-01", List.of(seat(members.get(4), "SECRETARY"), seat(members.get(5), "ORGANIZATION"),
                seat(members.get(6), "PROPAGANDA"))).statusCode(201);
        given().queryParam("branchId", branch).get("/api/v1/committees").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].current", equalTo(true)).body("[0].endedOn", nullValue())
                .body("[1].endedOn", equalTo("2026-09-01"));
    }
}
