package io.partybranch.reporting.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.testing.TopicWriter;
import io.partybranch.reporting.ReadModelRows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventConsumersTest {

    static final String MEMBERS = "members.events";
    static final String DEAD_LETTERS = "/api/v1/read-models/dead-letters";

    @Inject
    EntityManager entityManager;

    /**
     * A redelivery arrives after what followed it (Kafka redelivers from the last committed offset on).
     * Transfers carry no version, so only the inbox keeps the re-read issue from undoing the rejection.
     */
    @Test
    void anEventDeliveredAgainAfterLaterOnesChangesNothing() {
        UUID branch = UUID.randomUUID();
        UUID transfer = UUID.randomUUID();
        UUID issuedId = UUID.randomUUID();
        UUID rejectedId = UUID.randomUUID();
        String issued = transfer(issuedId, "transfer.issued.v1", transfer, branch, "ISSUED");
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(MEMBERS, branch.toString(), organizationCreated(branch));
            writer.send(MEMBERS, branch.toString(), issued);
            writer.send(MEMBERS, branch.toString(), transfer(rejectedId, "transfer.rejected.v1", transfer, branch, "REJECTED"));
            awaitRows("transfer_view where id = '" + transfer + "' and status = 'REJECTED'", 1);

            writer.send(MEMBERS, branch.toString(), issued);
            UUID marker = UUID.randomUUID();
            writer.send(MEMBERS, branch.toString(), organizationCreated(marker, branch));
            awaitRows("organization_view where id = '" + marker + "'", 1);
        }
        assertEquals(1, rows("transfer_view where id = '" + transfer + "' and status = 'REJECTED'"),
                "the issue read again must not undo the rejection that followed it");
        assertEquals(2, rows("processed_event where consumer = 'reporting' and event_id in ('" + issuedId + "', '" + rejectedId + "')"));
    }

    @Test
    void recordsThatNeverApplyAreDeadLetteredWithTheirReasonAndThePartitionKeepsFlowing() {
        UUID branch = UUID.randomUUID();
        UUID mismatched = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        UUID newerMember = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(MEMBERS, branch.toString(), "{not json " + branch);
            writer.send(MEMBERS, branch.toString(), TopicWriter.cloudEvent(mismatched, "members-service", "member.registered.v1",
                    UUID.randomUUID(), branch, Map.of("id", "not-a-uuid")));
            // A newer producer's v2, shaped so that a v1 reader would happily apply it: it must not.
            writer.send(MEMBERS, branch.toString(), TopicWriter.cloudEvent(newer, "members-service", "member.registered.v2",
                    newerMember, branch, memberData(newerMember, branch)));
            writer.send(MEMBERS, branch.toString(), TopicWriter.cloudEvent(stranger, "members-service", "widget.invented.v1",
                    branch, branch, Map.of("id", branch.toString())));
            writer.send(MEMBERS, branch.toString(), organizationCreated(branch));
        }
        // The partition kept flowing: the valid event after the poison ones was applied.
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/v1/statistics/organizations/" + branch).then().statusCode(200)
                        .body("organizationName", equalTo("测试党支部")));
        assertEquals(0, rows("member_view where id = '" + newerMember + "'"), "a v2 event is never applied as v1");

        Map<String, String> reasons = new HashMap<>();
        JsonPath listed = given().queryParam("size", 200).get(DEAD_LETTERS).then().statusCode(200)
                .body("total", notNullValue()).extract().jsonPath();
        for (Map<String, Object> letter : listed.<Map<String, Object>>getList("items")) {
            reasons.put(String.valueOf(letter.get("eventId")), (String) letter.get("reasonCode"));
        }
        assertEquals("contract-violation", reasons.get(mismatched.toString()));
        assertEquals("unknown-version", reasons.get(newer.toString()));
        assertEquals("unknown-type", reasons.get(stranger.toString()));
        String garbage = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select id::text from dead_letter where payload = :p").setParameter("p", "{not json " + branch).getSingleResult());
        given().get(DEAD_LETTERS + "/" + garbage).then().statusCode(200)
                .body("reasonCode", equalTo("unparseable")).body("topic", equalTo(MEMBERS)).body("offset", notNullValue())
                .body("payload", equalTo("{not json " + branch));

        // Replayed unchanged, they still fail: they stay open, with the attempt counted.
        given().post(DEAD_LETTERS + "/" + garbage + "/replay").then().statusCode(200)
                .body("outcome", equalTo("STILL_FAILING")).body("deadLetter.replayCount", equalTo(1))
                .body("deadLetter.resolvedAt", equalTo(null));
        given().header("Authorization", "Bearer " + TestTokens.bureau("320412")).get(DEAD_LETTERS).then().statusCode(403)
                .contentType("application/problem+json");
    }

    /**
     * A dead letter recorded by an earlier consumer (one that did not know the type yet) replays through
     * the inbox: applied once, then found applied.
     */
    @Test
    void aReplayAppliesOnceThroughTheInbox() {
        UUID branch = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String record = TopicWriter.cloudEvent(eventId, "members-service", "organization.created.v1", branch, branch,
                Map.of("id", branch.toString(), "name", "重放党支部", "type", "BRANCH", "districtCode", "320412", "version", 0));
        UUID letter = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into dead_letter (id, consumer, topic, kafka_partition, kafka_offset, record_key, event_id, event_type, reason_code,
                    reason, payload) values (:id, 'reporting', 'members.events', 0, :offset, :key, :event, 'organization.created.v1',
                    'unknown-type', 'an older consumer did not know it', :payload)""")
                .setParameter("id", letter).setParameter("offset", ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50))
                .setParameter("key", branch.toString()).setParameter("event", eventId).setParameter("payload", record).executeUpdate());

        given().post(DEAD_LETTERS + "/" + letter + "/replay").then().statusCode(200)
                .body("outcome", equalTo("APPLIED")).body("deadLetter.resolution", equalTo("APPLIED"));
        assertEquals(1, rows("organization_view where id = '" + branch + "' and name = '重放党支部'"));
        // The record is on the topic as well (where a dead letter comes from): read live, it is found in the inbox.
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(MEMBERS, branch.toString(), record);
            UUID marker = UUID.randomUUID();
            writer.send(MEMBERS, branch.toString(), organizationCreated(marker, branch));
            awaitRows("organization_view where id = '" + marker + "'", 1);
        }
        given().post(DEAD_LETTERS + "/" + letter + "/replay").then().statusCode(200).body("outcome", equalTo("ALREADY_APPLIED"));
        given().queryParam("open", false).queryParam("size", 200).get(DEAD_LETTERS).then().statusCode(200)
                .body("items.id", hasItem(letter.toString()));
        given().post(DEAD_LETTERS + "/replay").then().statusCode(200).body("remainingOpen", notNullValue());
        assertEquals(1, rows("processed_event where consumer = 'reporting' and event_id = '" + eventId + "'"));
    }

    /** A record that decodes but breaks a rule of the database is set aside; the rest of its batch applies. */
    @Test
    void oneRecordThatFailsWhileAppliedIsIsolatedFromItsBatch() {
        UUID branch = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(MEMBERS, branch.toString(), organizationCreated(branch));
            for (int i = 0; i < 6; i++) {
                UUID id = i == 3 ? broken : UUID.randomUUID();
                Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "organizationId", branch.toString(), "kind", "HONOUR",
                        "level", "SCHOOL", "year", 2025, "awardedOn", "2025-06-01"));
                if (i != 3) {
                    data.put("title", "优秀党员" + i);
                }
                writer.send(MEMBERS, branch.toString(),
                        TopicWriter.cloudEvent(id, "members-service", "honour.awarded.v1", id, branch, data));
            }
        }
        awaitRows("honour_view where branch_id = '" + branch + "'", 5);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rows("dead_letter where event_id = '" + broken + "'") == 1);
        assertEquals(1, rows("dead_letter where event_id = '" + broken + "' and reason_code = 'rule-violation' and resolved_at is null"));
        assertEquals(0, rows("honour_view where id = '" + broken + "'"));
    }

    private long rows(String from) {
        return ReadModelRows.count(entityManager, from);
    }

    private void awaitRows(String from, long expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rows(from) == expected);
    }

    static String organizationCreated(UUID branch) {
        return organizationCreated(branch, branch);
    }

    static String organizationCreated(UUID organization, UUID key) {
        return TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", "organization.created.v1", organization, key,
                Map.of("id", organization.toString(), "name", "测试党支部", "type", "BRANCH", "districtCode", "320412",
                        "version", 0, "aFieldFromTheFuture", "ignored"));
    }

    private static String transfer(UUID eventId, String type, UUID transfer, UUID branch, String status) {
        Map<String, Object> data = new HashMap<>(Map.of("id", transfer.toString(), "memberId", UUID.randomUUID().toString(),
                "fromBranchId", branch.toString(), "toBranchId", UUID.randomUUID().toString(), "status", status,
                "issuedOn", "2025-03-01"));
        if (status.equals("REJECTED")) {
            data.put("decidedOn", "2025-03-05");
        }
        return TopicWriter.cloudEvent(eventId, "members-service", type, transfer, branch, data);
    }

    static Map<String, Object> memberData(UUID member, UUID branch) {
        return Map.of("id", member.toString(), "organizationId", branch.toString(), "gender", "FEMALE",
                "birthDate", "1988-05-01", "politicalStatus", "FULL", "statusSince", "2015-07-01", "version", 0);
    }

    static List<String> deadLetteredEventIds() {
        return given().queryParam("size", 200).get(DEAD_LETTERS).then().statusCode(200).extract().jsonPath().getList("items.eventId");
    }
}
