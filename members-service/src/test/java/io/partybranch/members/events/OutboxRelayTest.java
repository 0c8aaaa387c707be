package io.partybranch.members.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.outbox.OutboxEvent;
import io.partybranch.common.outbox.OutboxProducers;
import io.partybranch.common.outbox.OutboxRelay;
import io.partybranch.common.testing.AdminTokenByDefault;
import io.partybranch.common.testing.PlatformInfrastructure;
import io.partybranch.common.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay under faults, driven by hand (started and stopped per test) against the real broker and
 * database: one relay per service at a time, failures recorded, unpublishable rows parked without
 * holding back other branches, and the loop surviving an Error.
 */
@QuarkusTest
@TestProfile(OutboxCrashTest.RelayDown.class)
class OutboxRelayTest {

    private static final String TOPIC = "members.events";

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void whileAnotherInstanceHoldsTheRelayLockThisOneStandsBy() throws Exception {
        UUID row = insertRow(UUID.randomUUID().toString(), "{\"lock\":true}");
        PlatformInfrastructure.Database db = PlatformInfrastructure.database();
        try (TopicReader topic = TopicReader.of(TOPIC);
                Connection other = DriverManager.getConnection(db.jdbcUrl(PlatformInfrastructure.DATABASE), db.adminUser(),
                        db.adminPassword());
                Statement sql = other.createStatement()) {
            // What the other instance's relay holds while it publishes.
            sql.execute("select pg_advisory_lock(7001, hashtext('members'))");
            relay.start();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "standby".equals(outbox().getString("data.relay")));
            assertTrue(topic.drain(Duration.ofSeconds(2), TopicReader.eventWithId(row)).isEmpty() && published(row) == null,
                    "nothing is published while another relay holds the lock");
            sql.execute("select pg_advisory_unlock(7001, hashtext('members'))");
            topic.await(record -> record.value().contains(row.toString()));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> published(row) != null);
        }
    }

    @Test
    void aRowTheBrokerNeverTakesIsParkedItsKeyWaitsAndOtherKeysFlow() {
        String stuckKey = UUID.randomUUID().toString();
        UUID tooLarge = insertRow(stuckKey, "{\"big\":\"" + "x".repeat(1_200_000) + "\"}");
        UUID behind = insertRow(stuckKey, "{\"behind\":true}");
        UUID other = insertRow(UUID.randomUUID().toString(), "{\"other\":true}");
        relay.start();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> published(other) != null);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> row(tooLarge).parkedAt != null);
        OutboxEvent parked = row(tooLarge);
        assertTrue(parked.parkedReason.contains("RecordTooLargeException"), parked.parkedReason);
        assertEquals(1, parked.attempts);
        assertNull(row(behind).publishedAt, "the stuck key's later event waits behind the parked one");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath outbox = outbox();
            assertEquals("degraded", outbox.getString("data.state"));
            assertTrue(outbox.getInt("data.parked") >= 1);
            assertTrue(outbox.getString("data.firstParked").contains("RecordTooLargeException"));
        });
        String metrics = given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/metrics").then().extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("platform_outbox_parked") && !line.endsWith(" 0.0")), "alert metric");
        // An operator fixes the cause and releases the row; here it is dropped, and the key flows again.
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.deleteById(tooLarge));
        relay.wakeUp();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> published(behind) != null);
    }

    @Test
    void failedAttemptsAreRecordedAndTheRelaySurvivesAnErrorWithAFreshProducer() {
        AtomicInteger made = new AtomicInteger();
        QuarkusMock.installMockForType(new OutboxProducers() {
            @Override
            public Producer<String, String> create(Properties properties) {
                int n = made.incrementAndGet();
                if (n == 1) {
                    throw new LinkageError("simulated: a class that will not load");
                }
                if (n <= 3) {
                    // A broker that is not there: sends time out, the rows stay pending with their attempts.
                    Properties away = new Properties();
                    away.putAll(properties);
                    away.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1");
                    away.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "300");
                    return super.create(away);
                }
                return super.create(properties);
            }
        }, OutboxProducers.class);
        UUID row = insertRow(UUID.randomUUID().toString(), "{\"retried\":true}");
        relay.start();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> row(row).attempts >= 1 && row(row).lastError != null);
        OutboxEvent failing = row(row);
        assertNull(failing.publishedAt);
        assertTrue(failing.lastError.contains("Timeout"), failing.lastError);
        assertNull(failing.parkedAt, "a broker away is not a reason to park");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> published(row) != null);
        assertTrue(made.get() >= 4, "a new producer after each failure: " + made.get());
        assertTrue(relay.workerAlive(), "the relay survived the Error");
        assertNull(row(row).lastError);
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/health/live").then().statusCode(200);
    }

    private UUID insertRow(String key, String payload) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into outbox_event (id, event_type, subject, partition_key, topic, payload, occurred_at)
                values (:id, 'test.inserted.v1', :id, :key, :topic, :payload, now())""")
                .setParameter("id", id).setParameter("key", key).setParameter("topic", TOPIC)
                .setParameter("payload", payload.replace("{", "{\"id\":\"" + id + "\",")).executeUpdate());
        return id;
    }

    private OutboxEvent row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent row = OutboxEvent.findById(id);
            assertNotNull(row);
            entityManager.detach(row);
            return row;
        });
    }

    private Object published(UUID id) {
        return row(id).publishedAt;
    }

    private static JsonPath outbox() {
        return new JsonPath(
                given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/health/ready").then().extract().asString())
                .setRootPath("checks.find { it.name == 'outbox' }");
    }
}
