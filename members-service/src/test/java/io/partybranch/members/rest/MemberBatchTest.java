package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Members registered in bulk: each checked as a single registration is, one event each, all or none. */
@QuarkusTest
class MemberBatchTest {

    static final String BATCH = "/api/v1/members/batch";

    @Inject
    EntityManager entityManager;

    @Test
    void aBatchRegistersEveryMemberWithItsEventOrNoneAndNamesTheMembersItRefuses() {
        String branch = Fixtures.createBranch();
        String group = Fixtures.createOrganization("第一党小组", "PARTY_GROUP", branch);
        String otherGroup = Fixtures.createOrganization("他支部党小组", "PARTY_GROUP", Fixtures.createBranch());
        Map<String, Object> grouped = new HashMap<>(Fixtures.memberBody(branch, "批量一", "FULL"));
        grouped.put("partyGroupId", group);
        List<Map<String, Object>> valid = List.of(grouped, Fixtures.memberBody(branch, "批量二", "PROBATIONARY"),
                Fixtures.memberBody(branch, "批量三", "APPLICANT"));
        List<String> ids = given().contentType(ContentType.JSON).header("Idempotency-Key", "batch-" + branch)
                .body(Map.of("members", valid)).post(BATCH).then().statusCode(201).body("registered", equalTo(3))
                .extract().path("memberIds");
        given().get("/api/v1/members/" + ids.get(0)).then().statusCode(200).body("fullName", equalTo("批量一"))
                .body("partyGroupId", equalTo(group));
        assertEquals(3L,
                count("outbox_event where event_type = 'member.registered.v1' and subject in ('" + String.join("', '", ids) + "')"));
        // A retry with the same key gets the first answer back and registers nobody twice.
        given().contentType(ContentType.JSON).header("Idempotency-Key", "batch-" + branch).body(Map.of("members", valid))
                .post(BATCH).then().statusCode(201).header("Idempotent-Replayed", "true").body("memberIds", equalTo(ids));

        Map<String, Object> badId = new HashMap<>(Fixtures.memberBody(branch, "错号", "FULL"));
        badId.put("citizenId", "320412198001010011");
        Map<String, Object> noName = new HashMap<>(Fixtures.memberBody(branch, "无名", "FULL"));
        noName.remove("fullName");
        Map<String, Object> repeated = Fixtures.memberBody(branch, "重复一", "FULL");
        Map<String, Object> repeat = new HashMap<>(Fixtures.memberBody(branch, "重复二", "FULL"));
        repeat.put("citizenId", repeated.get("citizenId"));
        repeat.put("birthDate", repeated.get("birthDate"));
        long members = count("member where organization_id = '" + branch + "'");
        given().contentType(ContentType.JSON).body(Map.of("members", List.of(Fixtures.memberBody(branch, "好的", "FULL"), noName)))
                .post(BATCH).then().statusCode(400).body("errors.field", hasItems("members[1].fullName"));
        given().contentType(ContentType.JSON).body(Map.of("members", List.of(badId, repeated, repeat)))
                .post(BATCH).then().statusCode(400).body("errors.field", hasItems("members[0].citizenId", "members[2].citizenId"));
        Map<String, Object> wrongGroup = new HashMap<>(Fixtures.memberBody(branch, "错组", "FULL"));
        wrongGroup.put("partyGroupId", otherGroup);
        given().contentType(ContentType.JSON).body(Map.of("members", List.of(Fixtures.memberBody(branch, "好的", "FULL"), wrongGroup)))
                .post(BATCH).then().statusCode(409).body("type", equalTo("/problems/rule-violation/group-of-own-branch"))
                .body("detail", containsString("members[1]"));
        assertEquals(members, count("member where organization_id = '" + branch + "'"), "nothing of a refused batch is written");

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(Map.of("organizationId", branch));
        }
        given().contentType(ContentType.JSON).body(Map.of("members", tooMany)).post(BATCH).then().statusCode(400)
                .body("errors.field", hasItems("members"));
        given().contentType(ContentType.JSON).body(Map.of("members", List.of())).post(BATCH).then().statusCode(400)
                .body("errors", hasSize(1));
    }

    private long count(String from) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select count(*) from " + from).getSingleResult()).longValue());
    }
}
