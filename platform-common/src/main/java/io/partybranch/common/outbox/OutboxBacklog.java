package io.partybranch.common.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.partybranch.common.events.EventsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The outbox's unpublished rows as last counted: how many, how old the oldest is (database clock),
 * and how many are parked. Counted every few seconds for readiness and metrics, not per scrape.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    /** @param oldestPendingSeconds age of the oldest row waiting to be published, 0 when none */
    public record Snapshot(long pending, long oldestPendingSeconds, long parked, String firstParkedId, String firstParkedReason,
            Instant countedAt) {
        static final Snapshot NONE = new Snapshot(0, 0, 0, null, null, null);
    }

    @Inject
    EntityManager entityManager;

    @Inject
    EventsConfig config;

    @Inject
    MeterRegistry registry;

    private volatile Snapshot snapshot = Snapshot.NONE;
    private volatile String countError;

    void onStart(@Observes StartupEvent event) {
        if (config.topic().isEmpty()) {
            return;
        }
        Gauge.builder("platform.outbox.pending", this, b -> b.snapshot.pending()).description("Outbox rows not yet published")
                .register(registry);
        Gauge.builder("platform.outbox.oldest.pending.seconds", this, b -> b.snapshot.oldestPendingSeconds())
                .description("Age of the oldest unpublished outbox row").register(registry);
        Gauge.builder("platform.outbox.parked", this, b -> b.snapshot.parked())
                .description("Outbox rows the broker refused for good, waiting for an operator (alert on > 0)").register(registry);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** Why the last count failed (the database away), until one succeeds. */
    public String countError() {
        return countError;
    }

    @Scheduled(every = "5s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        if (config.topic().isEmpty()) {
            return;
        }
        try {
            snapshot = QuarkusTransaction.requiringNew().timeout(10).call(() -> {
                Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select count(*), coalesce(extract(epoch from now() - min(recorded_at)), 0)::bigint
                        from outbox_event where published_at is null and parked_at is null""").getSingleResult();
                @SuppressWarnings("unchecked")
                List<Object[]> parked = entityManager.createNativeQuery("""
                        select id::text, parked_reason, count(*) over () from outbox_event
                        where parked_at is not null and published_at is null order by seq limit 1""").getResultList();
                return new Snapshot(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        parked.isEmpty() ? 0 : ((Number) parked.get(0)[2]).longValue(),
                        parked.isEmpty() ? null : (String) parked.get(0)[0], parked.isEmpty() ? null : (String) parked.get(0)[1],
                        Instant.now());
            });
            countError = null;
        } catch (RuntimeException e) {
            countError = e.getClass().getSimpleName();
            LOG.debugf("could not count the outbox backlog: %s", e.toString());
        }
    }
}
