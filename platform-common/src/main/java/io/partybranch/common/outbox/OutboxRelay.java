package io.partybranch.common.outbox;

import io.partybranch.common.events.CloudEvent;
import io.partybranch.common.events.EventsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka and marks them published, in insertion order.
 * Rows are claimed with SKIP LOCKED so several instances of a service can run relays side by side.
 * Delivery is at-least-once: a crash after the broker's ack but before the mark re-sends the row,
 * which the consumers' inbox absorbs.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EventsConfig config;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    void onStart(@Observes StartupEvent event) {
        if (config.relay().enabled() && config.topic().isPresent()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        producer = new KafkaProducer<>(producerProperties());
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    public synchronized void stop() {
        running = false;
        if (worker != null) {
            wakeUps.release();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }

    public void wakeUp() {
        wakeUps.release();
    }

    public boolean isRunning() {
        return running;
    }

    private void loop() {
        long backoffMillis = 0;
        while (running) {
            try {
                int published = publishBatch();
                backoffMillis = 0;
                if (published < config.relay().batchSize()) {
                    wakeUps.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoffMillis = Math.min(Math.max(backoffMillis * 2, 500), 30_000);
                // The payload may hold personal data: log only what identifies the failure.
                LOG.warnf("Outbox relay could not publish, retrying in %d ms: %s", backoffMillis, e.getMessage());
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Publishes one batch of pending rows; returns how many were published. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxEvent> pending = entityManager.createNativeQuery(
                            "select * from outbox_event where published_at is null order by seq limit :limit for update skip locked",
                            OutboxEvent.class)
                    .setParameter("limit", config.relay().batchSize())
                    .getResultList();
            if (pending.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
            for (OutboxEvent row : pending) {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.partitionKey, row.payload);
                record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            producer.flush();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < pending.size(); i++) {
                OutboxEvent row = pending.get(i);
                row.attempts++;
                try {
                    acks.get(i).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("broker did not acknowledge event " + row.id + " (" + row.eventType + ")", e);
                }
                row.publishedAt = now;
            }
            return pending.size();
        });
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-outbox-relay");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }
}
