package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.partybranch.common.testing.BusinessDate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HonourTest {

    @Test
    void honoursForMembersAndOrganisationsSanctionsForMembersOnly() {
        String branch = Fixtures.createBranch();
        String member = Fixtures.registerMember(branch, "优秀党员", "FULL");
        given().contentType(ContentType.JSON).body(Map.of("memberId", member, "kind", "HONOUR", "title", "优秀共产党员",
                "level", "DISTRICT", "year", 2025, "awardedBy", "区教育局党委"))
                .post("/api/v1/honours").then().statusCode(201).body("levelLabel", equalTo("区级"));
        given().contentType(ContentType.JSON).body(Map.of("organizationId", branch, "kind", "HONOUR", "title", "先进基层党组织",
                "level", "CITY", "year", 2025))
                .post("/api/v1/honours").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("organizationId", branch, "kind", "SANCTION", "title", "通报批评",
                "level", "DISTRICT", "year", 2025))
                .post("/api/v1/honours").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/sanction-for-members-only"));
        given().contentType(ContentType.JSON).body(Map.of("memberId", member, "organizationId", branch, "kind", "HONOUR",
                "title", "x", "level", "SCHOOL", "year", 2025))
                .post("/api/v1/honours").then().statusCode(400).body("errors.field", contains("memberId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("memberId", member, "kind", "AWARD", "title", "x", "level", "SCHOOL", "year", 1900))
                .post("/api/v1/honours").then().statusCode(400).body("errors.field", containsInAnyOrder("kind", "year"));
        given().queryParam("memberId", member).get("/api/v1/honours").then().body("total", equalTo(1));
    }

    @Test
    @BusinessDate("2026-11-20")
    void anHonourOfANextYearIsRefusedUntilThatYearComes() {
        String member = Fixtures.registerMember(Fixtures.createBranch(), "来年荣誉", "FULL");
        given().contentType(ContentType.JSON).body(Map.of("memberId", member, "kind", "HONOUR", "title", "优秀共产党员",
                "level", "DISTRICT", "year", 2027))
                .post("/api/v1/honours").then().statusCode(400).body("errors.field", contains("year"));
        given().contentType(ContentType.JSON).body(Map.of("memberId", member, "kind", "HONOUR", "title", "优秀共产党员",
                "level", "DISTRICT", "year", 2026))
                .post("/api/v1/honours").then().statusCode(201);
    }
}
