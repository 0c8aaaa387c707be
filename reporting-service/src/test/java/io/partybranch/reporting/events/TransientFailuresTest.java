package io.partybranch.reporting.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.common.testing.AdminTokenByDefault;
import io.partybranch.common.testing.PlatformInfrastructure;
import io.partybranch.common.testing.TopicWriter;
import io.partybranch.reporting.ReadModelRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * What a PostgreSQL failover, restart or network blip does to the consumer's pool: its connections
 * are terminated, again and again, while events arrive. Every event must still be applied exactly
 * once, nothing dead-lettered, and readiness must say the consumer is degraded while it lasts.
 */
@QuarkusTest
class TransientFailuresTest {

    private static final int HONOURS = 150;

    @Inject
    EntityManager entityManager;

    @Test
    void terminatedDatabaseConnectionsAreRetriedNotDeadLettered() throws Exception {
        UUID branch = UUID.randomUUID();
        List<UUID> honours = new ArrayList<>();
        AtomicBoolean terminating = new AtomicBoolean(true);
        AtomicInteger terminated = new AtomicInteger();
        Thread terminator = Thread.ofPlatform().start(() -> terminateReportingConnections(terminating, terminated));
        String reason = null;
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(EventConsumersTest.MEMBERS, branch.toString(), EventConsumersTest.organizationCreated(branch));
            // Events keep coming until readiness has shown the consumer degraded (or a minute has passed).
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (honours.size() < HONOURS || reason == null && System.nanoTime() < deadline) {
                UUID id = UUID.randomUUID();
                honours.add(id);
                writer.send(EventConsumersTest.MEMBERS, branch.toString(),
                        TopicWriter.cloudEvent(id, "members-service", "honour.awarded.v1",
                                id, branch,
                                Map.of("id", id.toString(), "organizationId", branch.toString(), "kind", "HONOUR", "title", "先进集体",
                                        "level", "DISTRICT", "year", 2025, "awardedOn", "2025-07-01")));
                if (reason == null && honours.size() % 10 == 0 && "degraded".equals(consumerState())) {
                    reason = readiness().getString("checks.find { it.name == 'event-consumers' }.data.'reporting.reason'");
                }
            }
        } finally {
            terminating.set(false);
            terminator.join();
        }
        assertEquals(true, reason != null && reason.matches("^(database|connection|connection-pool|transaction-timeout): .*"),
                "readiness said degraded, with the reason: " + reason);
        int sent = honours.size();
        Awaitility.await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                .until(() -> rows("honour_view where branch_id = '" + branch + "'") == sent);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !"degraded".equals(consumerState()));
        assertEquals(0, rows("dead_letter where consumer = 'reporting' and event_id in (" + quoted(honours) + ")"),
                "a lost connection is not poison");
        assertEquals(sent, rows("processed_event where consumer = 'reporting' and event_id in (" + quoted(honours) + ")"));
        assertEquals(true, terminated.get() > 0, "connections were terminated");
        given().get("/api/v1/statistics/organizations/" + branch).then().statusCode(200);
    }

    private static void terminateReportingConnections(AtomicBoolean terminating, AtomicInteger terminated) {
        PlatformInfrastructure.Database db = PlatformInfrastructure.database();
        try (Connection admin = DriverManager.getConnection(db.jdbcUrl(PlatformInfrastructure.DATABASE), db.adminUser(),
                db.adminPassword());
                Statement sql = admin.createStatement()) {
            while (terminating.get()) {
                try (var result = sql.executeQuery(
                        "select count(pg_terminate_backend(pid)) from pg_stat_activity where usename = 'reporting'")) {
                    result.next();
                    terminated.addAndGet(result.getInt(1));
                }
                Thread.sleep(40);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath readiness() {
        return given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/health/ready").then().extract().jsonPath();
    }

    private static String consumerState() {
        return readiness().getString("checks.find { it.name == 'event-consumers' }.data.reporting");
    }

    private long rows(String from) {
        return ReadModelRows.count(entityManager, from);
    }

    private static String quoted(List<UUID> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
    }
}
