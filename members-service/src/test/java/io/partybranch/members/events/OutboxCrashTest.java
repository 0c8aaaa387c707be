package io.partybranch.members.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.partybranch.common.outbox.OutboxEvent;
import io.partybranch.common.outbox.OutboxRelay;
import io.partybranch.common.testing.TopicReader;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A service that dies after its database commit but before the send: here the relay is off, as
 * if the process had been killed at that point; the event must wait in the outbox and be published,
 * once, when a relay runs again.
 */
@QuarkusTest
@TestProfile(OutboxCrashTest.RelayDown.class)
class OutboxCrashTest {

    public static class RelayDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.events.relay.enabled", "false");
        }
    }

    @Inject
    OutboxRelay relay;

    @Test
    void committedEventSurvivesUntilTheRelayComesBack() {
        String branch = Fixtures.createBranch();
        String member = Fixtures.registerMember(branch, "钱思远", "FULL");
        OutboxEvent pending = QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .<OutboxEvent>find("subject = ?1 and eventType = ?2", member, MembersEvents.MEMBER_REGISTERED).firstResult());
        assertNull(pending.publishedAt, "nothing has been sent while the relay is down");

        UUID id = pending.id;
        try (TopicReader topic = TopicReader.of("members.events")) {
            assertEquals(List.of(), topic.everythingSoFar(TopicReader.eventWithId(id)),
                    "the event must not reach the broker before a relay runs");

            relay.start();
            try {
                ConsumerRecord<String, String> record = topic.await(TopicReader.eventWithId(id));
                assertEquals(branch, record.key());
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                        () -> QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(id).publishedAt != null));
                // Marked published: the relay will not send it again, so every copy is on the topic now.
                assertEquals(1, topic.everythingSoFar(TopicReader.eventWithId(id)).size(), "published exactly once");
            } finally {
                relay.stop();
            }
        }
    }
}
