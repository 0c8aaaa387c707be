package io.partybranch.common.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Purges bookkeeping rows past their retention: published outbox rows, processed-event ids,
 * idempotency records (their stored responses hold personal data) and resolved dead letters. In small
 * batches, each its own short transaction, using each table's age index; every instance may run it.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    /** A run stops after this many batches per table and goes on at the next one. */
    private static final int MAX_BATCHES = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    RetentionConfig config;

    @Inject
    Instance<RetainedTable> serviceTables;

    @Scheduled(every = "${platform.retention.every:10m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.enabled()) {
            return;
        }
        try {
            Map<String, Long> purged = purge(config.batchSize());
            if (purged.values().stream().anyMatch(count -> count > 0)) {
                LOG.infof("retention purged %s", purged);
            }
        } catch (RuntimeException e) {
            LOG.warnf("retention purge did not finish (%s); it goes on at its next run", e.toString());
        }
    }

    /** @return rows deleted per table */
    public Map<String, Long> purge(int batchSize) {
        Map<String, Long> purged = new LinkedHashMap<>();
        purged.put("outbox_event", purge("""
                delete from outbox_event where id in (select id from outbox_event
                    where published_at < now() - make_interval(secs => :age) limit :batch)""", config.publishedOutbox(), batchSize));
        purged.put("processed_event", purge("""
                delete from processed_event where (consumer, event_id) in (select consumer, event_id from processed_event
                    where processed_at < now() - make_interval(secs => :age) limit :batch)""", config.processedEvents(), batchSize));
        purged.put("idempotency_record", purge("""
                delete from idempotency_record where (operation, idempotency_key) in (select operation, idempotency_key
                    from idempotency_record where created_at < now() - make_interval(secs => :age) limit :batch)""",
                config.idempotencyRecords(), batchSize));
        purged.put("dead_letter", purge("""
                delete from dead_letter where id in (select id from dead_letter
                    where resolved_at < now() - make_interval(secs => :age) limit :batch)""", config.resolvedDeadLetters(), batchSize));
        for (RetainedTable own : serviceTables) {
            purged.put(own.table(), purge("delete from " + own.table() + " where " + own.key() + " in (select " + own.key() + " from "
                    + own.table() + " where " + own.timeColumn() + " < now() - make_interval(secs => :age) limit :batch)", own.age(),
                    batchSize));
        }
        return purged;
    }

    private long purge(String sql, Duration age, int batchSize) {
        long total = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                    .setParameter("age", (double) age.toSeconds()).setParameter("batch", batchSize).executeUpdate());
            total += deleted;
            if (deleted < batchSize) {
                break;
            }
        }
        return total;
    }
}
