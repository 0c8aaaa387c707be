package io.partybranch.members.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isIn;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A school sees its own subtree, a bureau its districts; everything else is 404, excluded or 403. */
@QuarkusTest
class MembersScopeTest {

    String district;
    String otherDistrict;
    String committee;
    String schoolA;
    String schoolB;
    String memberA;
    String memberB;
    String memberC;
    String schoolAToken;

    @BeforeEach
    void twoSchoolsInOneDistrictAndOneElsewhere() {
        // District codes no other test of this or an earlier run used keep bureau scopes apart.
        district = Fixtures.freshDistrict();
        otherDistrict = Fixtures.freshDistrict();
        committee = Fixtures.createOrganization("区教育局党委", "ORG_PARTY_COMMITTEE", null, district);
        schoolA = Fixtures.createOrganization("甲校党支部", "BRANCH", committee, district);
        schoolB = Fixtures.createOrganization("乙校党支部", "BRANCH", committee, district);
        String elsewhere = Fixtures.createOrganization("外区党委", "ORG_PARTY_COMMITTEE", null, otherDistrict);
        String schoolC = Fixtures.createOrganization("丙校党支部", "BRANCH", elsewhere, otherDistrict);
        memberA = Fixtures.registerMember(schoolA, "甲校教师", "FULL");
        memberB = Fixtures.registerMember(schoolB, "乙校教师", "FULL");
        memberC = Fixtures.registerMember(schoolC, "丙校教师", "FULL");
        schoolAToken = "Bearer " + TestTokens.school(UUID.fromString(schoolA));
    }

    @Test
    void aSchoolSeesOnlyItsOwnSubtree() {
        given().header("Authorization", schoolAToken).get("/api/v1/organizations/" + schoolA).then().statusCode(200);
        given().header("Authorization", schoolAToken).get("/api/v1/members/" + memberA).then().statusCode(200)
                .body("citizenId", nullValue()).body("citizenIdMasked", not(nullValue()));

        given().header("Authorization", schoolAToken).get("/api/v1/organizations/" + schoolB).then().statusCode(404);
        given().header("Authorization", schoolAToken).get("/api/v1/members/" + memberB).then().statusCode(404);
        given().header("Authorization", schoolAToken).get("/api/v1/members/" + memberB + "/history").then().statusCode(404);
        given().header("Authorization", schoolAToken).get("/api/v1/organizations/" + schoolB + "/members").then().statusCode(404);
        given().header("Authorization", schoolAToken).get("/api/v1/organizations/" + schoolB + "/roster.xlsx").then().statusCode(404);
        given().header("Authorization", schoolAToken).queryParam("branchId", schoolB).get("/api/v1/committees").then().statusCode(404);

        given().header("Authorization", schoolAToken).queryParam("size", 200).get("/api/v1/members").then().statusCode(200)
                .body("items.organizationId", everyItem(equalTo(schoolA))).body("items.id", hasItem(memberA));
        given().header("Authorization", schoolAToken).queryParam("size", 200).get("/api/v1/organizations").then()
                .body("items.id", everyItem(equalTo(schoolA)));
        given().header("Authorization", schoolAToken).queryParam("districtCode", district).get("/api/v1/organizations").then()
                .body("total", equalTo(1));
    }

    @Test
    void aSchoolCannotWriteIntoAnotherSchool() {
        given().header("Authorization", schoolAToken).contentType(ContentType.JSON)
                .body(Fixtures.memberBody(schoolB, "越权登记", "FULL"))
                .post("/api/v1/members").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        given().header("Authorization", schoolAToken).contentType(ContentType.JSON)
                .body(Map.of("name", "越权党小组", "type", "PARTY_GROUP", "parentId", schoolB, "districtCode", district))
                .post("/api/v1/organizations").then().statusCode(403);
        given().header("Authorization", schoolAToken).contentType(ContentType.JSON)
                .body(Map.of("state", "LEFT", "effectiveDate", "2026-10-01"))
                .post("/api/v1/members/" + memberB + "/state-changes").then().statusCode(404);
        given().header("Authorization", schoolAToken).contentType(ContentType.JSON)
                .body(Map.of("name", "新区党委", "type", "ORG_PARTY_COMMITTEE", "districtCode", district))
                .post("/api/v1/organizations").then().statusCode(403);
        // Its own subtree is writable.
        given().header("Authorization", schoolAToken).contentType(ContentType.JSON)
                .body(Fixtures.memberBody(schoolA, "本校登记", "APPLICANT"))
                .post("/api/v1/members").then().statusCode(201);
    }

    @Test
    void aBureauSeesItsDistrictsAndNothingElse() {
        String bureau = "Bearer " + TestTokens.bureau(district);
        given().header("Authorization", bureau).get("/api/v1/members/" + memberB).then().statusCode(200);
        given().header("Authorization", bureau).get("/api/v1/members/" + memberC).then().statusCode(404);
        given().header("Authorization", bureau).queryParam("size", 200).get("/api/v1/members").then()
                .body("items.id", not(hasItem(memberC))).body("total", equalTo(2));
        given().header("Authorization", bureau).get("/api/v1/organizations/" + committee).then().statusCode(200)
                .body("counts.membersInSubtree", equalTo(2));
        given().header("Authorization", "Bearer " + TestTokens.auditor(district)).queryParam("size", 200).get("/api/v1/organizations")
                .then()
                .statusCode(200).body("items.id", everyItem(isIn(List.of(committee, schoolA, schoolB))));
    }

    @Test
    void aTransferCrossesScopesOnlyThroughItsTwoEnds() {
        String transfer = given().header("Authorization", schoolAToken).contentType(ContentType.JSON)
                .body(Map.of("memberId", memberA, "toBranchId", schoolB, "issuedOn", "2026-11-01"))
                .post("/api/v1/transfers").then().statusCode(201).extract().path("id");
        String schoolBToken = "Bearer " + TestTokens.school(UUID.fromString(schoolB));
        given().header("Authorization", schoolBToken).get("/api/v1/members/" + memberA).then().statusCode(404);
        given().header("Authorization", schoolBToken).contentType(ContentType.JSON).body(Map.of("decidedOn", "2026-11-03"))
                .post("/api/v1/transfers/" + transfer + "/confirmation").then().statusCode(200);
        given().header("Authorization", schoolBToken).get("/api/v1/members/" + memberA).then().statusCode(200);
        given().header("Authorization", schoolAToken).get("/api/v1/members/" + memberA).then().statusCode(404);
        given().header("Authorization", "Bearer " + TestTokens.school(UUID.fromString(committee)))
                .get("/api/v1/transfers/" + transfer).then().statusCode(200);
        given().get("/api/v1/members/" + memberA).then().body("citizenId", not(nullValue()));
    }

    @Test
    void aDotSegmentInThePathIsRefusedRatherThanResolvedToAnotherListing() {
        // Resolved, /organizations/%2E%2E/members would be the unscoped members listing.
        for (String path : List.of("/api/v1/organizations/%2E%2E/members", "/api/v1/organizations/%2e/members")) {
            given().urlEncodingEnabled(false).header("Authorization", schoolAToken).get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        }
    }
}
