package io.partybranch.activities.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.activities.repository.RosterOrganization;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The roster copy's consumer: what it can never apply is dead-lettered with its reason, and the partition goes on. */
@QuarkusTest
class MembersEventsConsumerTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRecordThatCannotBeAppliedIsDeadLetteredWithItsReasonAndThePartitionKeepsFlowing() {
        UUID branch = UUID.randomUUID();
        String garbage = "{not json " + branch;
        try (EventFixtures events = new EventFixtures()) {
            try (TopicWriter writer = new TopicWriter()) {
                writer.send(EventFixtures.MEMBERS_TOPIC, branch.toString(), garbage);
            }
            UUID mismatched = events.send(EventFixtures.MEMBERS_TOPIC, "members-service", "member.registered.v1", UUID.randomUUID(),
                    branch, Map.of("id", "not-a-uuid"));
            events.organization(branch, "死信之后", "BRANCH", null, "320412");

            // The organisation sent after both on the same partition was applied.
            events.sent().get(EventFixtures.MEMBERS_TOPIC).remove(mismatched);
            events.awaitApplied(entityManager, "activities-roster", EventFixtures.MEMBERS_TOPIC);
            assertEquals("死信之后",
                    QuarkusTransaction.requiringNew().call(() -> RosterOrganization.<RosterOrganization>findById(branch).name));

            List<?> unparsed = Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                            "select reason_code, payload from dead_letter where consumer = 'activities-roster' and record_key = :key")
                            .setParameter("key", branch.toString()).getResultList()), rows -> !rows.isEmpty());
            Object[] row = (Object[]) unparsed.get(0);
            assertEquals("unparseable", row[0]);
            assertEquals(garbage, row[1], "kept unchanged for a replay after a fix");

            JsonPath letters = given().queryParam("size", 200).get("/api/v1/activities/dead-letters").then().statusCode(200).extract()
                    .jsonPath();
            assertEquals("contract-violation", letters.getString("items.find { it.eventId == '" + mismatched + "' }.reasonCode"));
            String reason = letters.getString("items.find { it.eventId == '" + mismatched + "' }.reason");
            assertTrue(reason != null && reason.contains("id"), "the reason names what is wrong: " + reason);
        }
    }
}
