package io.partybranch.deploy.faults;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.deploy.LocalStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the fault scenarios share: the faults themselves, reading topics, dead-letter counts, and the figures they print. */
final class Faults {

    static final String REPORTING_DEAD_LETTERS = "/api/v1/read-models/dead-letters";
    static final String ACTIVITIES_DEAD_LETTERS = "/api/v1/activities/dead-letters";

    private Faults() {
    }

    /** Prints a scenario's figures and keeps them in deploy/target/fault-suite-figures.txt. */
    static void figures(LocalStack stack, String scenario, String figures) throws IOException {
        String line = scenario + ": " + figures;
        System.out.println("[fault suite] " + line);
        Files.writeString(stack.root.resolve("deploy/target/fault-suite-figures.txt"), line + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Dead letters of both consumers, open or not. */
    static long deadLetters() {
        return given().queryParam("open", false).queryParam("size", 1).get(REPORTING_DEAD_LETTERS).then().statusCode(200)
                .extract().jsonPath().getLong("total")
                + given().queryParam("open", false).queryParam("size", 1).get(ACTIVITIES_DEAD_LETTERS).then().statusCode(200)
                        .extract().jsonPath().getLong("total");
    }

    /** Terminates every connection of the given database roles, again and again, until stopped. */
    static final class ConnectionKiller implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong terminated = new AtomicLong();
        private final Thread thread;

        ConnectionKiller(LocalStack stack, Duration every, String... roles) {
            String in = String.join(",", Arrays.stream(roles).map(role -> "'" + role + "'").toList());
            thread = Thread.ofPlatform().name("connection-killer").start(() -> {
                try (Connection sql = stack.superuser(); Statement statement = sql.createStatement()) {
                    while (running.get()) {
                        try (ResultSet count = statement.executeQuery(
                                "select count(pg_terminate_backend(pid)) from pg_stat_activity where usename in (" + in + ")")) {
                            count.next();
                            terminated.addAndGet(count.getLong(1));
                        }
                        Thread.sleep(every.toMillis());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        long terminated() {
            return terminated.get();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    /** Every record of a topic, up to its end when called, partition by partition in offset order. */
    static List<ConsumerRecord<String, String>> readTopic(LocalStack stack, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        records.sort(Comparator.comparing((ConsumerRecord<String, String> r) -> r.partition()).thenComparing(ConsumerRecord::offset));
        return records;
    }

    static void send(LocalStack stack, String topic, String key, List<String> values) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, key, value)).get();
            }
        }
    }

    static String cloudEvent(String type, String source, String subject, String branch, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"subject\":\"" + subject + "\",\"time\":\"2026-11-01T08:00:00Z\",\"datacontenttype\":\"application/json\","
                + "\"branchid\":\"" + branch + "\",\"data\":" + data + "}";
    }

    /** The id and version of a CloudEvents record, or null for anything else. */
    static String[] idAndVersion(String value) {
        try {
            var json = new ObjectMapper().readTree(value);
            return new String[]{json.path("id").asText(), json.path("subject").asText(), json.path("data").path("version").asText()};
        } catch (Exception e) {
            return null;
        }
    }
}
