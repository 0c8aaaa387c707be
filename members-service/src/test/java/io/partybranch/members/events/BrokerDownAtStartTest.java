package io.partybranch.members.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.outbox.OutboxEvent;
import io.partybranch.common.testing.AdminTokenByDefault;
import io.partybranch.common.testing.PlatformInfrastructure;
import io.partybranch.common.testing.PlatformTestResource;
import io.partybranch.common.testing.TcpProxy;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The service starts while its broker is away: it serves and takes writes (the outbox keeps their
 * events), readiness says the broker is down, and once the broker answers the topics are created and
 * the events published.
 */
@QuarkusTest
@TestProfile(BrokerDownAtStartTest.BrokerAway.class)
class BrokerDownAtStartTest {

    static final String PORT_PROPERTY = "test.broker-down.port";
    static final String EXTRA_TOPIC = "broker-down-test.events";

    /** Bootstrap address on a port where nothing listens yet. */
    public static class BrokerAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.events.ensure-topics", EXTRA_TOPIC, "platform.events.broker-probe-interval", "1s");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(UnreachableBroker.class, Map.of("service", "members")));
        }
    }

    public static class UnreachableBroker extends PlatformTestResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            try (ServerSocket probe = new ServerSocket(0)) {
                System.setProperty(PORT_PROPERTY, Integer.toString(probe.getLocalPort()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            config.put("kafka.bootstrap.servers", "localhost:" + System.getProperty(PORT_PROPERTY));
            return config;
        }
    }

    @Test
    void writesAreTakenWhileTheBrokerIsAwayAndPublishedWhenItComesBack() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "down".equals(check("kafka-broker").getString("data.broker")));
        given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/health/ready").then().statusCode(200);
        String branch = Fixtures.createBranch();
        OutboxEvent pending = QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .<OutboxEvent>find("subject = ?1 and eventType = ?2", branch, MembersEvents.ORGANIZATION_CREATED).firstResult());
        assertNull(pending.publishedAt, "kept in the outbox while the broker is away");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> check("outbox").getLong("data.pending") >= 1);

        int port = Integer.parseInt(System.getProperty(PORT_PROPERTY));
        try (TcpProxy broker = TcpProxy.forKafka(port, true)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "ensured".equals(check("kafka-broker").getString("data.topics")));
            assertEquals("reachable", check("kafka-broker").getString("data.broker"));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                    () -> QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(pending.id).publishedAt != null));
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformInfrastructure.kafkaBootstrapServers());
            try (Admin admin = Admin.create(props)) {
                assertTrue(admin.listTopics().names().get(20, TimeUnit.SECONDS).contains(EXTRA_TOPIC),
                        "topics ensured once the broker is back");
            }
        }
    }

    private static JsonPath check(String name) {
        return new JsonPath(
                given().header("Authorization", AdminTokenByDefault.NO_TOKEN).get("/q/health/ready").then().extract().asString())
                .setRootPath("checks.find { it.name == '" + name + "' }");
    }
}
