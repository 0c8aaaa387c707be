package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.AdminTokenByDefault;
import io.partybranch.common.testing.PlatformInfrastructure;
import io.partybranch.reporting.ReadModelRows;
import io.partybranch.reporting.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A rebuild that takes more than two minutes while events keep arriving, with the consumer's own
 * timeouts made short (a poll interval of 30 s, a 10 s session, 10 s transactions): the held live
 * consumer stays in its group, and once the rebuild ends it applies what arrived meanwhile. Part of the
 * fault suite (tag slow), not of the default build: it runs for three minutes.
 */
@Tag("slow")
@QuarkusTest
@TestProfile(RebuildUnderLoadTest.SlowRebuildShortTimeouts.class)
class RebuildUnderLoadTest {

    private static final long RECORDS = 1_400;
    private static final Duration RECORD_DELAY = Duration.ofMillis(100);

    public static class SlowRebuildShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.events.rebuild.record-delay", RECORD_DELAY.toMillis() + "ms",
                    "platform.events.consumer.transaction-timeout", "10s",
                    "platform.events.consumer.kafka.\"max.poll.interval.ms\"", "30000",
                    "platform.events.consumer.kafka.\"session.timeout.ms\"", "10000",
                    "platform.events.consumer.kafka.\"heartbeat.interval.ms\"", "3000");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void aRebuildOfMoreThanTwoMinutesLeavesTheLiveConsumerInItsGroupAndItCatchesUp() throws Exception {
        UUID lastFiller = null;
        try (TestEvents events = new TestEvents()) {
            for (long held = recordsOnTopics(); held < RECORDS; held++) {
                lastFiller = UUID.randomUUID();
                events.organization(lastFiller, "填充", "BRANCH", null, "320412");
            }
        }
        if (lastFiller != null) {
            UUID awaited = lastFiller;
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> rows("organization_view where id = '" + awaited + "'") == 1);
        }
        String job = given().post("/api/v1/read-models/rebuild").then().statusCode(202).extract().header("Location");
        long started = System.nanoTime();
        List<UUID> during = new CopyOnWriteArrayList<>();
        AtomicBoolean producing = new AtomicBoolean(true);
        Thread producer = Thread.ofPlatform().start(() -> {
            try (TestEvents events = new TestEvents()) {
                while (producing.get()) {
                    UUID id = UUID.randomUUID();
                    events.organization(id, "重建期间", "BRANCH", null, "320412");
                    during.add(id);
                    Thread.sleep(1_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        JsonPath finished;
        try {
            finished = Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> given().get(job).then().statusCode(200).extract().jsonPath(),
                            s -> !"RUNNING".equals(s.getString("state")));
        } finally {
            producing.set(false);
            producer.join();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertEquals("SUCCEEDED", finished.getString("state"), finished.prettify());
        assertTrue(seconds > 120, "the rebuild ran for " + seconds + " s");
        assertTrue(during.size() > 100, "events kept coming: " + during.size());
        String last = "'" + during.get(during.size() - 1) + "'";
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> rows("organization_view where id = " + last) == 1);
        String all = String.join(",", during.stream().map(id -> "'" + id + "'").toList());
        assertEquals(during.size(), rows("organization_view where id in (" + all + ")"), "every event sent during the rebuild is applied");
        assertEquals(0, rows("dead_letter where consumer = 'reporting' and dead_lettered_at > now() - make_interval(secs => "
                + (seconds + 30) + ")"), "nothing dead-lettered while the rebuild ran");
        JsonPath readiness = new JsonPath(given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/health/ready").then()
                .statusCode(200).extract().asString());
        assertEquals("running", readiness.getString("checks.find { it.name == 'event-consumers' }.data.reporting"));
        System.out.printf("[rebuild under load] %d records rebuilt in %d s while %d events arrived; all applied after it%n",
                finished.getLong("recordsDone"), seconds, during.size());
    }

    private static long recordsOnTopics() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformInfrastructure.kafkaBootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            long total = 0;
            for (String topic : List.of("members.events", "activities.events")) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
                for (TopicPartition partition : partitions) {
                    total += ends.get(partition) - starts.get(partition);
                }
            }
            return total;
        }
    }

    private long rows(String from) {
        return ReadModelRows.count(entityManager, from);
    }
}
