package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberStateTest {

    @Test
    void membershipStateChangesFollowTheAllowedTransitions() {
        String branch = Fixtures.createBranch();
        String member = Fixtures.registerMember(branch, "状态测试", "FULL");
        given().contentType(ContentType.JSON).body(Map.of("state", "RETAINED", "effectiveDate", "2026-03-01", "reason", "出国"))
                .post("/api/v1/members/" + member + "/state-changes").then().statusCode(200)
                .body("membershipState", equalTo("RETAINED")).body("membershipStateLabel", equalTo("保留党籍"));
        given().contentType(ContentType.JSON).body(Map.of("state", "NORMAL", "effectiveDate", "2026-02-01"))
                .post("/api/v1/members/" + member + "/state-changes").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/dates-out-of-order"));
        given().contentType(ContentType.JSON).body(Map.of("state", "LEFT", "effectiveDate", "2026-04-01"))
                .post("/api/v1/members/" + member + "/state-changes").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("state", "NORMAL", "effectiveDate", "2026-05-01"))
                .post("/api/v1/members/" + member + "/state-changes").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/state-transition"));
    }

    @Test
    void flagsAreDatedAndMustChange() {
        String branch = Fixtures.createBranch();
        String member = Fixtures.registerMember(branch, "流动测试", "FULL");
        given().contentType(ContentType.JSON).body(Map.of("flag", "FLOWING", "active", true, "effectiveDate", "2026-09-01", "note", "外出务工"))
                .post("/api/v1/members/" + member + "/flag-changes").then().statusCode(200).body("flowing", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("flag", "FLOWING", "active", true, "effectiveDate", "2026-09-02"))
                .post("/api/v1/members/" + member + "/flag-changes").then().statusCode(409)
                .body("type", equalTo("/problems/conflict/flag-unchanged"));
        given().get("/api/v1/members/" + member + "/history").then().body("toValue", hasItem("FLOWING=true"));
    }

    @Test
    void membersJoinPartyGroupsOfTheirOwnBranchOnly() {
        String branch = Fixtures.createBranch();
        String group = Fixtures.createOrganization("一年级党小组", "PARTY_GROUP", branch);
        String otherGroup = Fixtures.createOrganization("他校党小组", "PARTY_GROUP", Fixtures.createBranch());
        String member = Fixtures.registerMember(branch, "小组测试", "FULL");
        given().contentType(ContentType.JSON).body(Map.of("partyGroupId", otherGroup, "effectiveDate", "2026-09-01"))
                .put("/api/v1/members/" + member + "/party-group").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/group-of-own-branch"));
        given().contentType(ContentType.JSON).body(Map.of("partyGroupId", group, "effectiveDate", "2026-09-01"))
                .put("/api/v1/members/" + member + "/party-group").then().statusCode(200)
                .body("partyGroupId", equalTo(group));
    }

    @Test
    void personalFieldsUpdateWithIfMatchAndKeepTheIdMasked() {
        String branch = Fixtures.createBranch();
        Map<String, Object> body = Fixtures.memberBody(branch, "更新测试", "FULL");
        String member = Fixtures.register(body);
        String etag = Fixtures.etag("/api/v1/members/" + member);
        Map<String, Object> update = Map.of("fullName", "更新后", "gender", body.get("gender"), "birthDate", body.get("birthDate"),
                "citizenId", body.get("citizenId"), "jobTitle", "副校长", "responsibilityZone", "三年级组");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(update)
                .put("/api/v1/members/" + member).then().statusCode(200)
                .body("fullName", equalTo("更新后")).body("responsibilityZone", equalTo("三年级组"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(update)
                .put("/api/v1/members/" + member).then().statusCode(412);
    }
}
