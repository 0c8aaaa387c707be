package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.partybranch.common.testing.BusinessDate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A letter's validity is a fact about one day: the business clock stands on 2026-11-20, when a letter
 * issued on 2026-11-01 (valid until 2027-02-01) is still open and one issued on 2026-01-05 has expired.
 */
@QuarkusTest
@BusinessDate("2026-11-20")
class TransferTest {

    private static String issue(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/transfers").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void theMemberMovesOnlyWhenTheReceivingBranchConfirms() {
        String from = Fixtures.createBranch();
        String to = Fixtures.createBranch();
        String member = Fixtures.registerMember(from, "调动教师", "ACTIVIST"); // activist since 2025-09-10
        String transfer = issue(Map.of("memberId", member, "toBranchId", to, "issuedOn", "2026-11-01"));
        given().get("/api/v1/transfers/" + transfer).then().body("status", equalTo("ISSUED"))
                .body("validUntil", equalTo("2027-02-01")).body("acrossProvinces", equalTo(false));
        given().get("/api/v1/members/" + member).then().body("organizationId", equalTo(from));
        given().contentType(ContentType.JSON).body(Map.of("memberId", member, "toBranchId", to, "issuedOn", "2026-11-02"))
                .post("/api/v1/transfers").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/transfer-already-open"));

        given().contentType(ContentType.JSON).body(Map.of("decidedOn", "2026-11-05"))
                .post("/api/v1/transfers/" + transfer + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        given().get("/api/v1/members/" + member).then().body("organizationId", equalTo(to));
        given().get("/api/v1/members/" + member + "/history").then().body("kind", hasItem("TRANSFER"));
        given().contentType(ContentType.JSON).body(Map.of("decidedOn", "2026-11-06"))
                .post("/api/v1/transfers/" + transfer + "/rejection").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/transfer-already-decided"));

        // Time as an activist kept counting across the transfer; the file came along.
        Fixtures.fileStep(member, "ACTIVIST_REVIEW", "2026-10-15");
        Fixtures.fileStep(member, "RECOMMENDATION", "2026-11-06");
        given().contentType(ContentType.JSON).body(Map.of("toStatus", "CANDIDATE", "effectiveDate", "2026-11-10"))
                .post("/api/v1/members/" + member + "/status-changes").then().statusCode(200);
    }

    @Test
    void rejectedAndExpiredTransfersLeaveTheMemberWhereTheyWere() {
        String from = Fixtures.createBranch();
        String to = Fixtures.createBranch();
        String member = Fixtures.registerMember(from, "退回", "FULL");
        String rejected = issue(Map.of("memberId", member, "toBranchId", to, "issuedOn", "2026-11-01"));
        given().contentType(ContentType.JSON).body(Map.of("decidedOn", "2026-11-03", "reason", "接收单位信息有误"))
                .post("/api/v1/transfers/" + rejected + "/rejection").then().statusCode(200).body("status", equalTo("REJECTED"));
        given().get("/api/v1/members/" + member).then().body("organizationId", equalTo(from));

        String expired = issue(Map.of("memberId", member, "toBranchId", to, "issuedOn", "2026-01-05"));
        given().queryParam("branchId", from).queryParam("status", "EXPIRED").get("/api/v1/transfers").then()
                .body("items.id", hasItem(expired)).body("items[0].statusLabel", equalTo("已过期"));
        given().contentType(ContentType.JSON).body(Map.of("decidedOn", "2026-11-10"))
                .post("/api/v1/transfers/" + expired + "/confirmation").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/transfer-letter-expired"));
        given().get("/api/v1/members/" + member).then().body("organizationId", equalTo(from));
    }

    @Test
    @BusinessDate("2027-02-02")
    void aLetterIssuedThreeMonthsAgoHasExpiredTheDayAfterItsValidity() {
        String from = Fixtures.createBranch();
        String to = Fixtures.createBranch();
        String member = Fixtures.registerMember(from, "逾期未接收", "FULL");
        String transfer = issue(Map.of("memberId", member, "toBranchId", to, "issuedOn", "2026-11-01"));
        given().get("/api/v1/transfers/" + transfer).then().body("validUntil", equalTo("2027-02-01"))
                .body("status", equalTo("EXPIRED"));
        given().contentType(ContentType.JSON).body(Map.of("decidedOn", "2027-02-02"))
                .post("/api/v1/transfers/" + transfer + "/confirmation").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/transfer-letter-expired"));
    }

    @Test
    void acrossProvincesTheLetterIsValidSixMonths() {
        String from = Fixtures.createBranch();
        String beijing = Fixtures.createOrganization("北京某校党支部", "BRANCH",
                Fixtures.createOrganization("北京某区教育党委", "ORG_PARTY_COMMITTEE", null, "110101"), "110101");
        String member = Fixtures.registerMember(from, "跨省", "FULL");
        String transfer = issue(Map.of("memberId", member, "toBranchId", beijing, "issuedOn", "2026-11-01"));
        given().get("/api/v1/transfers/" + transfer).then().body("acrossProvinces", equalTo(true))
                .body("validUntil", equalTo("2027-05-01"));
        given().contentType(ContentType.JSON).body(Map.of("memberId", member, "toBranchId", from, "issuedOn", "2026-11-01"))
                .post("/api/v1/transfers").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/transfer-already-open"));
    }

    @Test
    void membersArrivingFromOutsideThePlatformAreRecorded() {
        String branch = Fixtures.createBranch();
        Map<String, Object> member = Fixtures.memberBody(branch, "外区调入", "FULL");
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("member", member, "fromUnit", "邻区某小学党支部", "letterIssuedOn", "2026-08-20", "receivedOn", "2026-09-01"))
                .post("/api/v1/transfers/incoming").then().statusCode(201).extract().path("id");
        given().queryParam("memberId", id).get("/api/v1/transfers").then().body("items[0].direction", equalTo("IN_EXTERNAL"))
                .body("items[0].externalUnit", equalTo("邻区某小学党支部"));
        given().contentType(ContentType.JSON)
                .body(Map.of("member", Fixtures.memberBody(branch, "过期调入", "FULL"), "fromUnit", "外校",
                        "letterIssuedOn", "2026-01-01", "receivedOn", "2026-09-01"))
                .post("/api/v1/transfers/incoming").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/transfer-letter-expired"));
    }
}
