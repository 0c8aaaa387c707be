package io.partybranch.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads a topic from its beginning, for tests that check what really reached the broker. */
public final class TopicReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
    }

    public static TopicReader of(String topic) {
        return new TopicReader(PlatformInfrastructure.kafkaBootstrapServers(), topic);
    }

    /** Waits (bounded) for a record matching the predicate and returns it. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    poll(Duration.ofMillis(200));
                    return seen.stream().filter(match).findFirst().orElse(null);
                }, found -> found != null);
    }

    /** Every matching record seen after polling for the given time: for asserting that something did NOT arrive. */
    public List<ConsumerRecord<String, String>> drain(Duration duration, Predicate<ConsumerRecord<String, String>> match) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            poll(Duration.ofMillis(200));
        }
        List<ConsumerRecord<String, String>> result = new ArrayList<>();
        seen.stream().filter(match).forEach(result::add);
        return result;
    }

    public static Predicate<ConsumerRecord<String, String>> eventWithSubject(String type, Object subject) {
        return record -> {
            JsonNode event = json(record.value());
            return event != null && type.equals(event.path("type").asText()) && subject.toString().equals(event.path("subject").asText());
        };
    }

    public static Predicate<ConsumerRecord<String, String>> eventWithId(Object id) {
        return record -> {
            JsonNode event = json(record.value());
            return event != null && id.toString().equals(event.path("id").asText());
        };
    }

    public static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            return null;
        }
    }

    private void poll(Duration timeout) {
        consumer.poll(timeout).forEach(seen::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
