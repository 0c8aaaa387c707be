package io.partybranch.common.inbox;

import io.partybranch.common.events.KafkaConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads event topics from their first record up to their ends as of the call, in chunks, for a
 * rebuild. Records of different partitions and topics are merged by their timestamps, each
 * partition's own order kept, which is the order the live consumer sees them in as nearly as
 * anything can. It reads outside any consumer group, so it disturbs no live consumer.
 */
@ApplicationScoped
public class EventReplay {

    private static final int BUFFER_HIGH = 2000;
    private static final Duration STALL_LIMIT = Duration.ofMinutes(2);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KafkaConnection kafkaConnection;

    public interface ChunkHandler {
        void handle(List<IncomingRecord> chunk);
    }

    /** @return records read; {@code total} is told once the ends are known */
    public long replay(List<String> topics, int chunkSize, LongConsumer total, ChunkHandler handler) {
        Properties props = new Properties();
        props.putAll(kafkaConnection.transport());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "replay-" + Instant.now().toEpochMilli());
        long read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(20))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(20));
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, Duration.ofSeconds(20));
            Map<TopicPartition, ArrayDeque<ConsumerRecord<String, String>>> buffers = new HashMap<>();
            Set<TopicPartition> open = new LinkedHashSet<>();
            long expected = 0;
            for (TopicPartition partition : partitions) {
                buffers.put(partition, new ArrayDeque<>());
                expected += ends.get(partition) - starts.get(partition);
                if (starts.get(partition) < ends.get(partition)) {
                    open.add(partition);
                }
            }
            total.accept(expected);
            List<IncomingRecord> chunk = new ArrayList<>(chunkSize);
            Instant lastProgress = Instant.now();
            while (!open.isEmpty()) {
                // A record can be merged only once every unfinished partition shows its next one.
                boolean mustPoll = open.stream().anyMatch(partition -> buffers.get(partition).isEmpty());
                if (mustPoll) {
                    List<TopicPartition> full = new ArrayList<>();
                    List<TopicPartition> hungry = new ArrayList<>();
                    for (TopicPartition partition : partitions) {
                        (buffers.get(partition).size() >= BUFFER_HIGH ? full : hungry).add(partition);
                    }
                    consumer.pause(full);
                    consumer.resume(hungry);
                    int fetched = 0;
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                        if (record.offset() < ends.get(partition)) {
                            buffers.get(partition).add(record);
                            fetched++;
                        }
                    }
                    open.removeIf(partition -> buffers.get(partition).isEmpty() && consumer.position(partition) >= ends.get(partition));
                    if (fetched > 0) {
                        lastProgress = Instant.now();
                    } else if (Duration.between(lastProgress, Instant.now()).compareTo(STALL_LIMIT) > 0) {
                        throw new IllegalStateException("replay made no progress for " + STALL_LIMIT + " reading " + open);
                    }
                    continue;
                }
                TopicPartition earliest = null;
                for (TopicPartition partition : open) {
                    if (earliest == null || buffers.get(partition).peek().timestamp() < buffers.get(earliest).peek().timestamp()) {
                        earliest = partition;
                    }
                }
                chunk.add(IncomingRecord.of(buffers.get(earliest).poll()));
                read++;
                if (chunk.size() == chunkSize) {
                    handler.handle(chunk);
                    chunk = new ArrayList<>(chunkSize);
                    lastProgress = Instant.now();
                }
                if (buffers.get(earliest).isEmpty() && consumer.position(earliest) >= ends.get(earliest)) {
                    open.remove(earliest);
                }
            }
            if (!chunk.isEmpty()) {
                handler.handle(chunk);
            }
        }
        return read;
    }
}
