package io.partybranch.common.outbox;

import io.partybranch.common.events.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * The relay's Kafka side: its one producer, made when first needed and afresh after a failure, and
 * the sending of a batch of rows in order with what the broker said of each. The database side (the
 * lock, the rows, their marks) stays with {@link OutboxRelay}. Used by the relay's thread only.
 */
final class RelaySender {

    private static final Logger LOG = Logger.getLogger(RelaySender.class);

    record Failure(UUID id, String eventType, Throwable cause) {
    }

    /**
     * @param sent rows the broker acknowledged
     * @param failed rows it refused or did not acknowledge in time
     */
    record Sent(List<UUID> sent, List<Failure> failed) {
    }

    private final OutboxProducers producers;
    private final Supplier<Properties> settings;
    private Producer<String, String> producer;

    RelaySender(OutboxProducers producers, Supplier<Properties> settings) {
        this.producers = producers;
        this.settings = settings;
    }

    /** Makes the producer if there is none, before the batch's transaction begins. */
    void open() {
        if (producer == null) {
            producer = producers.create(settings.get());
        }
    }

    /** Sends the rows and waits for the broker's acks; a record refused at once holds back the rest of its key here too. */
    Sent send(List<OutboxEvent> rows) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        Set<String> refusedKeys = new HashSet<>();
        for (OutboxEvent row : rows) {
            if (refusedKeys.contains(row.partitionKey)) {
                acks.add(null);
                continue;
            }
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.partitionKey, row.payload);
            record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            Future<RecordMetadata> ack = producer.send(record);
            if (ack.isDone() && failed(ack)) {
                refusedKeys.add(row.partitionKey);
            }
            acks.add(ack);
        }
        producer.flush();
        List<UUID> sent = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxEvent row = rows.get(i);
            if (acks.get(i) == null) {
                continue;
            }
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                sent.add(row.id);
            } catch (ExecutionException e) {
                failed.add(new Failure(row.id, row.eventType, e.getCause() == null ? e : e.getCause()));
            } catch (Exception e) {
                failed.add(new Failure(row.id, row.eventType, e));
            }
        }
        return new Sent(sent, failed);
    }

    private static boolean failed(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    void close() {
        Producer<String, String> current = producer;
        producer = null;
        if (current != null) {
            try {
                current.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debugf("closing the outbox producer: %s", e.toString());
            }
        }
    }
}
