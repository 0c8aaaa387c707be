package io.partybranch.common.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a batch's records sit in their partitions, for the poll loop: the offsets to seek back to so
 * they are read again, and the offsets to commit once they are applied. Plain functions of the
 * records; the loop alone touches its Kafka consumer.
 */
final class Positions {

    private Positions() {
    }

    static List<IncomingRecord> of(ConsumerRecords<String, String> records) {
        List<IncomingRecord> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            batch.add(IncomingRecord.of(record));
        }
        return batch;
    }

    static TopicPartition partition(IncomingRecord record) {
        return new TopicPartition(record.topic(), record.partition());
    }

    /** The first offset of the records in each of their partitions still assigned: where to seek to read them again. */
    static Map<TopicPartition, Long> firsts(List<IncomingRecord> records, Set<TopicPartition> assigned) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (IncomingRecord record : records) {
            TopicPartition partition = partition(record);
            if (assigned.contains(partition)) {
                first.merge(partition, record.offset(), Math::min);
            }
        }
        return first;
    }

    /** The offset after the last of the records in each of their partitions still assigned: what to commit. */
    static Map<TopicPartition, OffsetAndMetadata> nexts(List<IncomingRecord> records, Set<TopicPartition> assigned) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (IncomingRecord record : records) {
            TopicPartition partition = partition(record);
            if (assigned.contains(partition)) {
                offsets.merge(partition, new OffsetAndMetadata(record.offset() + 1), (a, b) -> a.offset() >= b.offset() ? a : b);
            }
        }
        return offsets;
    }
}
