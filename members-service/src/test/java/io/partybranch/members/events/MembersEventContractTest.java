package io.partybranch.members.events;

import static io.restassured.RestAssured.given;

import io.partybranch.common.testing.EventContract;
import io.partybranch.common.testing.OutboxCapture;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every event members-service publishes, as its outbox holds it, conforms to the AsyncAPI document. */
@QuarkusTest
class MembersEventContractTest {

    @Inject
    EntityManager entityManager;

    @Test
    void everyEventOfMembersEventsIsPublishedAsTheContractSays() {
        OutboxCapture outbox = OutboxCapture.from(entityManager);
        String committee = Fixtures.createOrganization("契约党委", "ORG_PARTY_COMMITTEE", null);
        String otherCommittee = Fixtures.createOrganization("契约另一党委", "ORG_PARTY_COMMITTEE", null);
        String branch = Fixtures.createOrganization("契约党支部", "BRANCH", committee);
        String other = Fixtures.createOrganization("契约他支部", "BRANCH", committee);
        String group = Fixtures.createOrganization("契约党小组", "PARTY_GROUP", branch);
        given().contentType(ContentType.JSON).body(Map.of("name", "契约他支部（更名）", "type", "BRANCH", "parentId", committee,
                "districtCode", "320412")).put("/api/v1/organizations/" + other).then().statusCode(200);
        String moving = Fixtures.createOrganization("契约移动支部", "BRANCH", committee);
        given().contentType(ContentType.JSON).body(Map.of("name", "契约移动支部", "type", "BRANCH", "parentId", otherCommittee,
                "districtCode", "320412")).put("/api/v1/organizations/" + moving).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("closedOn", "2026-09-01"))
                .post("/api/v1/organizations/" + moving + "/closure").then().statusCode(200);

        List<String> full = List.of(Fixtures.registerMember(branch, "契约甲", "FULL"), Fixtures.registerMember(branch, "契约乙", "FULL"),
                Fixtures.registerMember(branch, "契约丙", "FULL"));
        Map<String, Object> body = Fixtures.memberBody(branch, "契约丁", "FULL");
        String updated = Fixtures.register(body);
        given().contentType(ContentType.JSON)
                .body(Map.of("fullName", "契约丁改", "gender", body.get("gender"), "birthDate", body.get("birthDate"),
                        "citizenId", body.get("citizenId")))
                .put("/api/v1/members/" + updated).then().statusCode(200);
        String applicant = Fixtures.registerMember(branch, "契约申请人", "APPLICANT");
        given().contentType(ContentType.JSON)
                .body(Map.of("toStatus", "ACTIVIST", "effectiveDate", "2026-10-20", "mentorIds", List.of(full.get(0))))
                .post("/api/v1/members/" + applicant + "/status-changes").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("state", "RETAINED", "effectiveDate", "2026-03-01", "reason", "出国"))
                .post("/api/v1/members/" + updated + "/state-changes").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("partyGroupId", group, "effectiveDate", "2026-09-01"))
                .put("/api/v1/members/" + full.get(2) + "/party-group").then().statusCode(200);
        String rejected = given().contentType(ContentType.JSON)
                .body(Map.of("memberId", applicant, "toBranchId", other, "issuedOn", "2026-11-01"))
                .post("/api/v1/transfers").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("decidedOn", "2026-11-02", "reason", "信息有误"))
                .post("/api/v1/transfers/" + rejected + "/rejection").then().statusCode(200);
        String confirmed = given().contentType(ContentType.JSON)
                .body(Map.of("memberId", applicant, "toBranchId", other, "issuedOn", "2026-11-03"))
                .post("/api/v1/transfers").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("decidedOn", "2026-11-04"))
                .post("/api/v1/transfers/" + confirmed + "/confirmation").then().statusCode(200);
        String elected = given().contentType(ContentType.JSON)
                .body(Map.of("branchId", branch, "electedOn", "2024-09-01", "members", List.of(
                        Map.of("memberId", full.get(0), "posts", List.of("SECRETARY")))))
                .post("/api/v1/committees").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2025-09-01", "changes", List.of(
                Map.of("memberId", full.get(0), "post", "SECRETARY", "action", "RELEASE"),
                Map.of("memberId", full.get(1), "post", "SECRETARY", "action", "ASSIGN"))))
                .post("/api/v1/committees/" + elected + "/post-changes").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("memberId", full.get(0), "kind", "HONOUR", "title", "优秀共产党员",
                "level", "DISTRICT", "year", 2025)).post("/api/v1/honours").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("memberId", full.get(1), "kind", "SANCTION", "title", "警告",
                "level", "SCHOOL", "year", 2025)).post("/api/v1/honours").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("year", 2026, "category", "EMPLOYED", "monthlyIncome", "4000.00"))
                .post("/api/v1/members/" + full.get(2) + "/dues/assessments").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("fromMonth", "2026-01", "toMonth", "2026-01"))
                .post("/api/v1/organizations/" + branch + "/dues/bills").then().statusCode(200);

        outbox.assertConformsTo(EventContract.load(), "members.events");
    }
}
