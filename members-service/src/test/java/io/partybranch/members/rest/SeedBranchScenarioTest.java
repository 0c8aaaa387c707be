package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seeds' branch entered as its secretary would: 21 party members including 1 probationary,
 * five of them attached from the kindergarten, a committee of three with one member holding two
 * posts, and a vice-principal transferred in from another school who then takes a post.
 */
@QuarkusTest
class SeedBranchScenarioTest {

    @Test
    void theSeedBranchCanBeEnteredAndReadBack() {
        String bureau = Fixtures.createOrganization("示例区教育局党委", "ORG_PARTY_COMMITTEE", null);
        String school = Fixtures.createOrganization("青禾第二小学党支部", "BRANCH", bureau);
        String otherSchool = Fixtures.createOrganization("明德初级中学党支部", "BRANCH", bureau);

        List<String> full = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            full.add(Fixtures.registerMember(school, "教师" + i, "FULL"));
        }
        for (int i = 0; i < 5; i++) {
            Map<String, Object> attached = Fixtures.memberBody(school, "幼儿园教师" + i, "FULL");
            attached.put("ownUnit", "青禾幼儿园");
            full.add(Fixtures.register(attached));
        }
        Fixtures.registerMember(school, "预备党员", "PROBATIONARY");
        Fixtures.registerMember(school, "积极分子", "ACTIVIST");
        Fixtures.registerMember(school, "申请人", "APPLICANT");

        String committee = given().contentType(ContentType.JSON).body(Map.of("branchId", school, "electedOn", "2024-09-10",
                "members", List.of(
                        Map.of("memberId", full.get(0), "posts", List.of("SECRETARY")),
                        Map.of("memberId", full.get(1), "posts", List.of("ORGANIZATION", "DISCIPLINE")),
                        Map.of("memberId", full.get(2), "posts", List.of("PROPAGANDA")))))
                .post("/api/v1/committees").then().statusCode(201).extract().path("id");

        Map<String, Object> leaderBody = Fixtures.memberBody(otherSchool, "副校长", "FULL");
        leaderBody.put("jobTitle", "副校长");
        String leader = Fixtures.register(leaderBody);
        String transfer = given().contentType(ContentType.JSON)
                .body(Map.of("memberId", leader, "toBranchId", school, "issuedOn", "2026-09-01"))
                .post("/api/v1/transfers").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("decidedOn", "2026-09-03"))
                .post("/api/v1/transfers/" + transfer + "/confirmation").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2026-09-15", "changes", List.of(
                Map.of("memberId", leader, "post", "DEPUTY_SECRETARY", "action", "ASSIGN"))))
                .post("/api/v1/committees/" + committee + "/post-changes").then().statusCode(200);

        // Read back what the summary reports: 党员22名（含预备党员1名）now that the vice-principal arrived.
        given().queryParam("organizationId", school).queryParam("politicalStatus", "FULL").get("/api/v1/members")
                .then().body("total", equalTo(21));
        given().queryParam("organizationId", school).queryParam("politicalStatus", "PROBATIONARY").get("/api/v1/members")
                .then().body("total", equalTo(1));
        given().queryParam("organizationId", school).queryParam("size", 200).get("/api/v1/members").then()
                .body("items.findAll { it.ownUnit == '青禾幼儿园' }.size()", equalTo(5));
        given().get("/api/v1/organizations/" + school).then().body("counts.members", equalTo(24));
        given().get("/api/v1/committees/" + committee).then().statusCode(200)
                .body("posts.findAll { it.toDate == null }.size()", equalTo(5))
                .body("posts.findAll { it.memberId == '" + full.get(1) + "' }.postLabel", hasItems("组织委员", "纪检委员"))
                .body("posts.find { it.memberId == '" + leader + "' }.post", equalTo("DEPUTY_SECRETARY"));
        given().get("/api/v1/members/" + leader).then().body("jobTitle", equalTo("副校长")).body("organizationId", equalTo(school));
    }
}
