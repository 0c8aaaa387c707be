package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.activities.repository.RosterMember;
import io.partybranch.activities.repository.RosterOrganization;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Activities recorded as held in bulk: each exactly as the two single calls, one event each, all or none. */
@QuarkusTest
class ActivityBatchTest {

    static final String HELD = "/api/v1/activities/held";

    @Inject
    EntityManager entityManager;

    @Test
    void heldActivitiesAreRecordedTogetherAgainstTheRosterOnTheirDatesOrNotAtAll() {
        UUID branch = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<UUID> members = new ArrayList<>();
        try (TopicWriter writer = new TopicWriter()) {
            organization(writer, branch);
            organization(writer, other);
            for (int i = 0; i < 3; i++) {
                UUID member = UUID.randomUUID();
                members.add(member);
                writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service",
                        "member.registered.v1", member, branch, Map.of("id", member.toString(), "organizationId", branch.toString(),
                                "fullName", "党员" + i, "politicalStatus", "FULL", "statusSince", "2011-07-01", "joinedOn", "2010-07-01",
                                "fullSince", "2011-07-01", "membershipState", "NORMAL", "version", 0, "effectiveDate", "2011-07-01")));
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> RosterMember.findById(members.get(2)) != null && RosterOrganization.findById(other) != null));

        List<String> ids = given().contentType(ContentType.JSON)
                .body(Map.of("activities",
                        List.of(held(branch, "THEME_DAY", "2026-09-20", List.of(present(members.get(0)), present(members.get(1)))),
                                held(branch, "PARTY_LECTURE", "2026-10-15", List.of(present(members.get(2)))))))
                .post(HELD).then().statusCode(201).body("recorded", equalTo(2)).extract().path("activityIds");
        given().get("/api/v1/activities/" + ids.get(0)).then().statusCode(200).body("status", equalTo("HELD"))
                .body("figures.expected", equalTo(3)).body("figures.present", equalTo(2));
        given().get("/api/v1/activities/" + ids.get(0) + "/attendance").then().statusCode(200).body("members", hasSize(3))
                .body("members.status", hasItem("ABSENT"));
        assertEquals(2L,
                count("outbox_event where event_type = 'activity.held.v1' and subject in ('" + ids.get(0) + "', '" + ids.get(1) + "')"));
        assertEquals(0L, count("outbox_event where event_type = 'activity.planned.v1' and subject = '" + ids.get(0) + "'"));

        // The second one names a member of another branch: neither is written.
        long before = count("activity where branch_id = '" + branch + "'");
        given().contentType(ContentType.JSON)
                .body(Map.of("activities", List.of(held(branch, "THEME_DAY", "2026-10-20", List.of(present(members.get(0)))),
                        held(other, "THEME_DAY", "2026-10-20", List.of(present(members.get(1)))))))
                .post(HELD).then().statusCode(409).body("type", equalTo("/problems/rule-violation/attendee-not-in-branch"))
                .body("detail", containsString("activities[1]"));
        assertEquals(before, count("activity where branch_id = '" + branch + "'"));
        given().contentType(ContentType.JSON)
                .body(Map.of("activities", List.of(held(branch, "THEME_DAY", "2099-10-20", List.of()))))
                .post(HELD).then().statusCode(400).body("errors.field", hasItem("activities[0].record.heldOn"));
        given().contentType(ContentType.JSON).body(Map.of("activities", List.of())).post(HELD).then().statusCode(400)
                .body("errors.field", hasItem("activities"));
    }

    private long count(String from) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select count(*) from " + from).getSingleResult()).longValue());
    }

    private static Map<String, Object> held(UUID branch, String type, String day, List<Map<String, Object>> attendance) {
        return Map.of("activity", Map.of("organizationId", branch.toString(), "type", type, "title", "主题党日", "plannedFor", day),
                "record", Map.of("heldOn", day, "attendance", attendance));
    }

    private static Map<String, Object> present(UUID member) {
        return Map.of("memberId", member.toString(), "status", "PRESENT");
    }

    private static void organization(TopicWriter writer, UUID id) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "name", "组织", "type", "BRANCH", "districtCode", "320412",
                "version", 0));
        writer.send("members.events", id.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", "organization.created.v1",
                id, id, data));
    }
}
