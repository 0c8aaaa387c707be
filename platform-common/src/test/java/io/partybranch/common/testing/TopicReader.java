package io.partybranch.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads a topic from its beginning, for tests that check what really reached the broker. */
public final class TopicReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.topic = topic;
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

    /**
     * Every matching record the topic holds up to now: the end offset of each partition is taken at the
     * call and read up to, so whatever the broker had acknowledged before is in what was seen. For
     * asserting that something did NOT arrive, or arrived only once, without a fixed wait, and without
     * writing anything a service reading the same broker would have to tell apart from real events.
     */
    public List<ConsumerRecord<String, String>> everythingSoFar(Predicate<ConsumerRecord<String, String>> match) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            poll(Duration.ofMillis(200));
            Set<TopicPartition> assigned = consumer.assignment();
            return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || assigned.contains(end.getKey()) && consumer.position(end.getKey()) >= end.getValue());
        });
        List<ConsumerRecord<String, String>> result = new ArrayList<>();
        seen.stream().filter(match).forEach(result::add);
        return result;
    }

    /** @deprecated a fixed wait proves no absence; use {@link #everythingSoFar(Predicate)}. */
    @Deprecated(forRemoval = true)
    public List<ConsumerRecord<String, String>> drain(Duration duration, Predicate<ConsumerRecord<String, String>> match) {
        return everythingSoFar(match);
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
