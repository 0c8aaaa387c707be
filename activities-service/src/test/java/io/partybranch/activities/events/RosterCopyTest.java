package io.partybranch.activities.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The roster copy: stale committee states refused, poison dead-lettered and listed, and a rebuild from members.events. */
@QuarkusTest
class RosterCopyTest {

    private static final String MEMBERS = "members.events";

    @Inject
    EntityManager entityManager;

    @Test
    void anOlderCommitteeStateArrivingLateDoesNotReplaceNewerPosts() {
        UUID branch = UUID.randomUUID();
        UUID committee = UUID.randomUUID();
        UUID secretary = UUID.randomUUID();
        UUID deputy = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(MEMBERS, branch.toString(), organization(branch));
            String elected = committee(committee, branch, "committee.elected.v1", 0, List.of(post(secretary, "SECRETARY")));
            writer.send(MEMBERS, branch.toString(), elected);
            writer.send(MEMBERS, branch.toString(), committee(committee, branch, "committee.changed.v1", 1,
                    List.of(post(secretary, "SECRETARY"), post(deputy, "DEPUTY_SECRETARY"))));
            awaitRows("roster_committee_post where committee_id = '" + committee + "'", 2);
            // The first state again under a new event id (a producer's resend of old state): the inbox cannot catch it, the version does.
            writer.send(MEMBERS, branch.toString(),
                    committee(committee, branch, "committee.elected.v1", 0, List.of(post(secretary, "SECRETARY"))));
            UUID marker = UUID.randomUUID();
            writer.send(MEMBERS, branch.toString(), organization(marker));
            awaitRows("roster_organization where id = '" + marker + "'", 1);
        }
        assertEquals(2, rows("roster_committee_post where committee_id = '" + committee + "'"));
        assertEquals(1, rows("roster_committee where id = '" + committee + "' and version = 1"));
    }

    @Test
    void recordsTheRosterCannotTakeAreListedForAdministrators() {
        UUID branch = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(MEMBERS, branch.toString(),
                    TopicWriter.cloudEvent(newer, "members-service", "organization.created.v2", branch, branch,
                            Map.of("id", branch.toString(), "name", "新版本", "type", "BRANCH", "districtCode", "320412", "version", 0)));
            writer.send(MEMBERS, branch.toString(), organization(branch));
        }
        awaitRows("roster_organization where id = '" + branch + "' and name = '组织'", 1);
        JsonPath letters = given().queryParam("size", 200).get("/api/v1/activities/dead-letters").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("unknown-version", letters.getString("items.find { it.eventId == '" + newer + "' }.reasonCode"));
        assertEquals(MEMBERS, letters.getString("items.find { it.eventId == '" + newer + "' }.topic"));
    }

    @Test
    void theRosterCopyIsRebuiltFromMembersEvents() {
        UUID branch = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID committee = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(MEMBERS, branch.toString(), organization(branch));
            writer.send(MEMBERS, branch.toString(), member(member, branch, 0));
            writer.send(MEMBERS, branch.toString(),
                    committee(committee, branch, "committee.elected.v1", 0, List.of(post(member, "SECRETARY"))));
        }
        awaitRows("roster_committee_post where committee_id = '" + committee + "'", 1);
        Map<String, List<String>> live = snapshot(branch, member);

        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from roster_branch_period where member_id = :m").setParameter("m", member)
                    .executeUpdate();
            entityManager.createNativeQuery("delete from roster_member where id = :m").setParameter("m", member).executeUpdate();
            entityManager.createNativeQuery("delete from roster_committee_post where committee_id = :c").setParameter("c", committee)
                    .executeUpdate();
        });
        assertNotEquals(live, snapshot(branch, member));

        Response started = given().post("/api/v1/activities/roster/rebuild");
        started.then().statusCode(202);
        String location = started.header("Location");
        JsonPath finished = Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get(location).then().statusCode(200).extract().jsonPath(),
                        status -> !"RUNNING".equals(status.getString("state")));
        assertEquals("SUCCEEDED", finished.getString("state"), finished.prettify());
        assertEquals(live, snapshot(branch, member));
        given().get("/api/v1/activities/roster/rebuilds/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", "Bearer " + TestTokens.bureau("320412"))
                .post("/api/v1/activities/roster/rebuild").then().statusCode(403).body("type", equalTo("/problems/forbidden"));
    }

    private Map<String, List<String>> snapshot(UUID branch, UUID member) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> tables = new LinkedHashMap<>();
            tables.put("roster_organization", rowsOf("select * from roster_organization where id = :b", branch));
            tables.put("roster_member", rowsOf("select * from roster_member where id = :b", member));
            tables.put("roster_branch_period", rowsOf("select * from roster_branch_period where member_id = :b", member));
            tables.put("roster_committee_post", rowsOf("select * from roster_committee_post where branch_id = :b", branch));
            tables.put("roster_committee", rowsOf("select * from roster_committee where branch_id = :b", branch));
            return tables;
        });
    }

    private List<String> rowsOf(String sql, UUID id) {
        List<String> rows = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery(sql).setParameter("b", id).getResultList()) {
            rows.add(row instanceof Object[] values ? Arrays.toString(values) : String.valueOf(row));
        }
        rows.sort(null);
        return rows;
    }

    private long rows(String from) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select count(*) from " + from).getSingleResult()).longValue());
    }

    private void awaitRows(String from, long expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rows(from) == expected);
    }

    private static String organization(UUID id) {
        return TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", "organization.created.v1", id, id,
                Map.of("id", id.toString(), "name", "组织", "type", "BRANCH", "districtCode", "320412", "version", 0));
    }

    private static String member(UUID id, UUID branch, long version) {
        return TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", "member.registered.v1", id, branch,
                Map.of("id", id.toString(), "organizationId", branch.toString(), "fullName", "党员" + id.toString().substring(0, 4),
                        "politicalStatus", "FULL", "statusSince", "2011-07-01", "joinedOn", "2010-07-01", "fullSince", "2011-07-01",
                        "membershipState", "NORMAL", "version", version));
    }

    private static String committee(UUID id, UUID branch, String type, long version, List<Map<String, Object>> posts) {
        return TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", type, id, branch, Map.of("id", id.toString(),
                "branchId", branch.toString(), "version", version, "posts", posts));
    }

    private static Map<String, Object> post(UUID member, String post) {
        Map<String, Object> data = new HashMap<>(Map.of("memberId", member.toString(), "post", post, "fromDate", "2024-09-01"));
        return data;
    }
}
