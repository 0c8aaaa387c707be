package io.partybranch.common.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The Docker path: the same servers as containers, left to Testcontainers' reaper to remove. */
final class ContainerInfrastructure {

    private ContainerInfrastructure() {
    }

    interface DatabaseSink {
        void accept(String adminJdbcUrl, String user, String password);
    }

    static void startPostgres(DatabaseSink sink) {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine")
                .withDatabaseName("postgres")
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        postgres.start();
        sink.accept(postgres.getJdbcUrl().replaceAll("\\?.*$", ""), postgres.getUsername(), postgres.getPassword());
    }

    static String startKafka() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        kafka.start();
        return kafka.getBootstrapServers();
    }
}
