package io.partybranch.members.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Test
    void everyWriteIsAuditedWithWhoWhatAndTheRequestAndPersonalDataMasked() {
        String district = "322101"; // used by no other test
        String committee = Fixtures.createOrganization("审计党委", "ORG_PARTY_COMMITTEE", null, district);
        String branch = Fixtures.createOrganization("审计党支部", "BRANCH", committee, district);
        Map<String, Object> body = Fixtures.memberBody(branch, "审计对象", "FULL");
        String member = given().header("X-Request-Id", "audit-create-1").contentType(ContentType.JSON).body(body)
                .post("/api/v1/members").then().statusCode(201).extract().path("id");
        given().header("X-Request-Id", "audit-update-1").contentType(ContentType.JSON)
                .body(Map.of("fullName", "审计对象改名", "gender", body.get("gender"), "birthDate", body.get("birthDate"),
                        "citizenId", body.get("citizenId"), "phone", "13900002222"))
                .put("/api/v1/members/" + member).then().statusCode(200);

        String auditor = "Bearer " + TestTokens.auditor(district);
        String trail = given().header("Authorization", auditor).get("/api/v1/organizations/" + branch + "/audit-entries")
                .then().statusCode(200)
                .body("items.action", hasItems("CREATE", "UPDATE"))
                .body("items.find { it.requestId == 'audit-create-1' }.entityType", equalTo("Member"))
                .body("items.find { it.requestId == 'audit-create-1' }.subject", equalTo("test-admin"))
                .body("items.find { it.requestId == 'audit-create-1' }.role", equalTo("platform-admin"))
                .body("items.find { it.requestId == 'audit-update-1' }.changes.fullName.before", equalTo("审计对象"))
                .body("items.find { it.requestId == 'audit-update-1' }.changes.fullName.after", equalTo("审计对象改名"))
                .body("items.find { it.requestId == 'audit-update-1' }.changes.phone.after", equalTo("139****2222"))
                .extract().asString();
        String citizenId = (String) body.get("citizenId");
        org.junit.jupiter.api.Assertions.assertFalse(trail.contains(citizenId), "no citizen ID in the trail");
        org.junit.jupiter.api.Assertions.assertFalse(trail.contains("13900002222"), "no phone number in the trail");

        given().header("Authorization", auditor).queryParam("subtree", true).get("/api/v1/organizations/" + committee + "/audit-entries")
                .then().statusCode(200).body("items.entityType", hasItems("Organization", "Member"));
        given().header("Authorization", "Bearer " + TestTokens.school(UUID.fromString(branch)))
                .get("/api/v1/organizations/" + branch + "/audit-entries").then().statusCode(403);
        given().header("Authorization", "Bearer " + TestTokens.auditor("110101"))
                .get("/api/v1/organizations/" + branch + "/audit-entries").then().statusCode(404);
        given().header("Authorization", auditor).get("/api/v1/organizations/" + branch + "/audit-entries")
                .then().body(not(containsString("citizenIdCipher\":{\"after\":\"dev1")));
    }
}
