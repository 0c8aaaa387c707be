package io.partybranch.common.outbox;

import io.partybranch.common.events.EventsConfig;
import io.partybranch.common.events.KafkaConnection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka and marks them published, in insertion order.
 *
 * <p>One relay per service publishes at a time, whatever the number of instances: each batch runs
 * under a PostgreSQL advisory lock (transaction-scoped, per schema), so two instances during a rolling
 * deploy cannot interleave one branch's events. The other instances stand by.
 *
 * <p>Delivery is at-least-once: a crash after the broker's ack but before the mark re-sends the row,
 * which the consumers' inbox absorbs. A row that fails records its attempts and last error in a
 * transaction of its own. A row the broker will never take (too large, refused) is parked with its
 * reason; its partition key's later rows wait behind it while other keys flow. The loop survives any
 * {@code Throwable} and makes a new producer after a failure.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock namespace; the second key is the schema's hash, so each service has its own lock. */
    private static final int LOCK_CLASS = 7001;

    @Inject
    EventsConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxProducers producers;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KafkaConnection kafkaConnection;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean standby;
    private volatile Thread worker;
    private volatile String lastError;
    private volatile Instant lastPublishedAt;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private RelaySender sender;

    /** What one round did. */
    record Round(boolean lockHeld, int published, int failed) {
    }

    @PostConstruct
    void init() {
        sender = new RelaySender(producers, this::producerProperties);
    }

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
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().unstarted(this::loop);
        worker.start();
    }

    public synchronized void stop() {
        running = false;
        if (worker != null) {
            wakeUps.release();
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
        sender.close();
    }

    public void wakeUp() {
        wakeUps.release();
    }

    public boolean isRunning() {
        return running;
    }

    /** The worker thread is alive (false after a stop, or if it died, which it is built not to). */
    public boolean workerAlive() {
        Thread current = worker;
        return current != null && current.isAlive();
    }

    /** Another instance of the service holds the relay lock and publishes. */
    public boolean standby() {
        return standby;
    }

    /** The last failure to publish, until a batch succeeds again. */
    public String lastError() {
        return lastError;
    }

    public Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    public long published() {
        return published.get();
    }

    public long failures() {
        return failures.get();
    }

    private void loop() {
        int failed = 0;
        while (running && worker == Thread.currentThread()) {
            try {
                Round round = publishRound();
                if (round.failed() > 0) {
                    sleep(backoff(failed++));
                    continue;
                }
                failed = 0;
                if (!round.lockHeld() || round.published() < config.relay().batchSize()) {
                    wakeUps.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                // Errors included: a relay that dies leaves every later event unsent.
                failures.incrementAndGet();
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                sender.close();
                Duration wait = backoff(failed++);
                // The payload may hold personal data: log only what identifies the failure.
                LOG.warnf("Outbox relay could not publish, retrying in %d ms: %s", wait.toMillis(), lastError);
                try {
                    sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Publishes one batch of pending rows, if this instance holds the relay lock. */
    Round publishRound() {
        sender.open();
        List<RelaySender.Failure> failed = new ArrayList<>();
        Round round = QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:c, hashtext(current_schema()))")
                    .setParameter("c", LOCK_CLASS).getSingleResult();
            if (!locked) {
                return new Round(false, 0, 0);
            }
            @SuppressWarnings("unchecked")
            List<OutboxEvent> pending = entityManager.createNativeQuery("""
                    select * from outbox_event o
                    where o.published_at is null and o.parked_at is null
                      and not exists (select 1 from outbox_event p where p.partition_key = o.partition_key
                          and p.parked_at is not null and p.published_at is null and p.seq < o.seq)
                    order by o.seq limit :limit for update""", OutboxEvent.class)
                    .setParameter("limit", config.relay().batchSize())
                    .getResultList();
            if (pending.isEmpty()) {
                return new Round(true, 0, 0);
            }
            RelaySender.Sent result = sender.send(pending);
            List<UUID> sent = result.sent();
            failed.addAll(result.failed());
            if (!sent.isEmpty() && haltAfterSend()) {
                LOG.error("fault injection: halting after the broker acknowledged, before the rows are marked published");
                Runtime.getRuntime().halt(137);
            }
            if (!sent.isEmpty()) {
                entityManager.createNativeQuery("""
                        update outbox_event set published_at = now(), attempts = attempts + 1, last_attempt_at = now(), last_error = null
                        where id in (:ids)""")
                        .setParameter("ids", sent).executeUpdate();
            }
            return new Round(true, sent.size(), failed.size());
        });
        standby = !round.lockHeld();
        if (round.published() > 0) {
            published.addAndGet(round.published());
            lastPublishedAt = Instant.now();
        }
        if (failed.isEmpty()) {
            lastError = null;
        } else {
            recordFailures(failed);
            // A producer whose sends failed may hold a broken connection or sequence state: start afresh.
            sender.close();
        }
        return round;
    }

    private void recordFailures(List<RelaySender.Failure> failed) {
        failures.addAndGet(failed.size());
        QuarkusTransaction.requiringNew().run(() -> {
            for (RelaySender.Failure failure : failed) {
                String reason = failure.cause().getClass().getSimpleName() + ": " + failure.cause().getMessage();
                boolean park = Unpublishable.is(failure.cause());
                entityManager.createNativeQuery("""
                        update outbox_event set attempts = attempts + 1, last_attempt_at = now(), last_error = :reason,
                            parked_at = case when :park then now() else parked_at end,
                            parked_reason = case when :park then :reason else parked_reason end
                        where id = :id""")
                        .setParameter("reason", reason).setParameter("park", park).setParameter("id", failure.id()).executeUpdate();
                if (park) {
                    LOG.errorf("Outbox row %s (%s) can never be published and is parked; later events of its key wait: %s",
                            failure.id(), failure.eventType(), reason);
                }
                lastError = reason;
            }
        });
    }

    private boolean haltAfterSend() {
        return config.relay().haltAfterSend() && !ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getProfiles().contains("prod");
    }

    private Duration backoff(int attempt) {
        long millis = 500L << Math.min(attempt, 10);
        return Duration.ofMillis(Math.min(millis, config.relay().maxBackoff().toMillis()));
    }

    private void sleep(Duration duration) throws InterruptedException {
        // A wake-up (a new commit) does not cut a backoff short: the broker is what we wait for.
        Thread.sleep(duration.toMillis());
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        props.putAll(kafkaConnection.transport());
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
