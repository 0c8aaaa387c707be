package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationTreeTest {

    @Test
    void listsASubtreeAndCountsItsMembers() {
        String committee = Fixtures.createOrganization("子树党委", "ORG_PARTY_COMMITTEE", null);
        String general = Fixtures.createOrganization("某中学党总支", "GENERAL_BRANCH", committee);
        String first = Fixtures.createOrganization("第一党支部", "BRANCH", general);
        String second = Fixtures.createOrganization("第二党支部", "BRANCH", general);
        Fixtures.registerMember(first, "甲", "FULL");
        Fixtures.registerMember(second, "乙", "FULL");
        Fixtures.registerMember(second, "丙", "PROBATIONARY");

        given().queryParam("subtreeOf", general).queryParam("sort", "name").get("/api/v1/organizations").then()
                .statusCode(200).body("total", equalTo(3)).body("items.id", containsInAnyOrder(general, first, second));
        given().queryParam("subtreeOf", committee).queryParam("type", "BRANCH").get("/api/v1/organizations").then()
                .body("total", equalTo(2));
        given().get("/api/v1/organizations/" + general).then().statusCode(200)
                .body("counts.children", equalTo(2)).body("counts.members", equalTo(0))
                .body("counts.membersInSubtree", equalTo(3));
        given().queryParam("organizationId", general).queryParam("subtree", true).get("/api/v1/members").then()
                .body("total", equalTo(3));
    }

    @Test
    void aBranchWithMembersCannotBeDeletedOrClosedButAnEmptyOneCan() {
        String committee = Fixtures.createOrganization("删除党委", "ORG_PARTY_COMMITTEE", null);
        String busy = Fixtures.createOrganization("有党员的支部", "BRANCH", committee);
        Fixtures.registerMember(busy, "丁", "FULL");
        given().delete("/api/v1/organizations/" + busy).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rule-violation/organization-has-members"))
                .body("detail", containsString("1 member record"));
        given().contentType(ContentType.JSON).body(Map.of("closedOn", "2026-09-01"))
                .post("/api/v1/organizations/" + busy + "/closure").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/organization-has-members"));

        String mistake = Fixtures.createOrganization("误建支部", "BRANCH", committee);
        given().delete("/api/v1/organizations/" + mistake).then().statusCode(204);
        given().get("/api/v1/organizations/" + mistake).then().statusCode(404);

        String closing = Fixtures.createOrganization("撤销支部", "BRANCH", committee);
        given().contentType(ContentType.JSON).body(Map.of("closedOn", "2026-09-01"))
                .post("/api/v1/organizations/" + closing + "/closure").then().statusCode(200)
                .body("closedOn", equalTo("2026-09-01"));
        given().queryParam("parentId", committee).get("/api/v1/organizations").then().body("total", equalTo(1));
        given().queryParam("parentId", committee).queryParam("includeClosed", true).get("/api/v1/organizations").then()
                .body("total", equalTo(2));
        given().get("/api/v1/organizations/" + closing + "/history").then().body("change", containsInAnyOrder("CREATED", "CLOSED"));
    }

    @Test
    void movingKeepsHistoryAndRefusesCycles() {
        String committee = Fixtures.createOrganization("移动党委", "ORG_PARTY_COMMITTEE", null);
        String generalA = Fixtures.createOrganization("甲总支", "GENERAL_BRANCH", committee);
        String generalB = Fixtures.createOrganization("乙总支", "GENERAL_BRANCH", committee);
        String branch = Fixtures.createOrganization("移动支部", "BRANCH", generalA);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "移动支部", "type", "BRANCH", "parentId", generalB, "districtCode", "320412"))
                .put("/api/v1/organizations/" + branch).then().statusCode(200).body("parentId", equalTo(generalB));
        given().get("/api/v1/organizations/" + branch + "/history").then()
                .body("change", containsInAnyOrder("CREATED", "MOVED"))
                .body("find { it.change == 'MOVED' }.fromParentId", equalTo(generalA));

        String parentCommittee = Fixtures.createOrganization("上级党委", "ORG_PARTY_COMMITTEE", null);
        String child = Fixtures.createOrganization("下级党委", "ORG_PARTY_COMMITTEE", parentCommittee);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "上级党委", "type", "ORG_PARTY_COMMITTEE", "parentId", child, "districtCode", "320412"))
                .put("/api/v1/organizations/" + parentCommittee).then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/organization-cycle"));
    }
}
