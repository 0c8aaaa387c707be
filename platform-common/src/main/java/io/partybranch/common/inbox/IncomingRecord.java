package io.partybranch.common.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** One Kafka record as the inbox sees it: where it came from and its text. */
public record IncomingRecord(String topic, int partition, long offset, String key, String value) {

    public static IncomingRecord of(ConsumerRecord<String, String> record) {
        return new IncomingRecord(record.topic(), record.partition(), record.offset(), record.key(), record.value());
    }

    /** Names the record by position only: its content may hold personal data. */
    public String position() {
        return topic + "-" + partition + "@" + offset;
    }
}
