package io.partybranch.members.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.OrganizationType;
import io.partybranch.members.repository.Organization;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aDeleteIsAuditedWithTheStateThatWasRemoved() {
        String committee = Fixtures.createOrganization("审计删除党委", "ORG_PARTY_COMMITTEE", null);
        String mistake = Fixtures.createOrganization("误建待删支部", "BRANCH", committee);
        given().header("X-Request-Id", "audit-delete-" + mistake).delete("/api/v1/organizations/" + mistake).then().statusCode(204);
        List<Object[]> entries = auditRows(mistake);
        assertEquals(List.of("CREATE", "DELETE"), entries.stream().map(row -> (String) row[0]).sorted().toList());
        Object[] delete = entries.stream().filter(row -> row[0].equals("DELETE")).findFirst().orElseThrow();
        assertEquals("audit-delete-" + mistake, delete[1]);
        assertEquals("test-admin", delete[2]);
        assertTrue(((String) delete[3]).contains("误建待删支部"), "the removed state is kept: " + delete[3]);
    }

    @Test
    void anAuditEntryIsWrittenInTheTransactionOfTheChangeAndRolledBackWithIt() {
        UUID id = UUID.randomUUID();
        RuntimeException failure = new IllegalStateException("a later step of the same write fails");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Organization organization = new Organization();
            organization.id = id;
            organization.name = "回滚党委";
            organization.type = OrganizationType.ORG_PARTY_COMMITTEE;
            organization.districtCode = "320412";
            organization.createdAt = BusinessCalendar.now();
            organization.updatedAt = organization.createdAt;
            organization.persistAndFlush();
            // Flushed: the interceptor has written the entry, visible inside the transaction.
            assertEquals(1, ((Number) entityManager.createNativeQuery("select count(*) from audit_entry where entity_id = :id")
                    .setParameter("id", id.toString()).getSingleResult()).intValue());
            throw failure;
        }));
        assertEquals(failure, thrown);
        assertEquals(List.of(), auditRows(id.toString()), "the rolled-back write left no audit entry");
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> Organization.findById(id)));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> auditRows(String entityId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select action, request_id, subject, changes from audit_entry where entity_id = :id")
                .setParameter("id", entityId).getResultList());
    }

    @Test
    void everyWriteIsAuditedWithWhoWhatAndTheRequestAndPersonalDataMasked() {
        String district = Fixtures.freshDistrict();
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
        Assertions.assertFalse(trail.contains(citizenId), "no citizen ID in the trail");
        Assertions.assertFalse(trail.contains("13900002222"), "no phone number in the trail");

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
