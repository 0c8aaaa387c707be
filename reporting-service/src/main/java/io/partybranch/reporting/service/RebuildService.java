package io.partybranch.reporting.service;

import io.partybranch.common.inbox.EventReplay;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.events.EventConsumers;
import io.partybranch.reporting.rest.model.RebuildReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Throws the read models away and replays both topics from their first record, in one transaction:
 * readers keep seeing the previous state until the rebuilt one commits, and a failure leaves it as
 * it was. The live consumers are paused meanwhile (and would wait on the inbox lock if one slipped
 * through); after it they resume, and what they deliver again is found in the inbox.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    /** Children before parents, so nothing is briefly left pointing nowhere. */
    static final List<String> READ_MODELS = List.of("attendance_view", "committee_post_view", "trust_view", "activity_month",
            "member_month", "member_month_breakdown", "honour_month", "evaluation_month", "trust_month", "activity_view", "committee_view", "evaluation_view", "honour_view", "transfer_view", "member_view",
            "organization_view");

    private static final int TIMEOUT_SECONDS = 3600;

    @Inject
    EntityManager entityManager;

    @Inject
    EventReplay replay;

    @Inject
    EventConsumers consumers;

    @Inject
    CallerScope caller;

    @Inject
    AggregateService aggregates;

    public RebuildReport rebuild() {
        if (!caller.unrestricted()) {
            throw CallerScope.forbidden("Only a platform administrator may rebuild the read models: they hold every district");
        }
        consumers.pause();
        try {
            awaitIdleConsumers();
            return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).call(this::replayAll);
        } finally {
            consumers.resume();
        }
    }

    /** A record dispatched before the pause finishes first, so it cannot end up waiting on the rebuild's lock. */
    private void awaitIdleConsumers() {
        try {
            if (!consumers.awaitIdle(java.time.Duration.ofSeconds(30))) {
                LOG.warn("a live record was still being applied after 30 s; the rebuild goes ahead and it waits on the inbox lock");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the consumers to pause", e);
        }
    }

    private RebuildReport replayAll() {
        OffsetDateTime started = BusinessCalendar.now();
        // Blocks the live consumers' inbox inserts (their first statement) but no reader.
        entityManager.createNativeQuery("lock table processed_event in share row exclusive mode").executeUpdate();
        for (String table : READ_MODELS) {
            entityManager.createNativeQuery("delete from " + table).executeUpdate();
        }
        entityManager.createNativeQuery("delete from processed_event where consumer = :c").setParameter("c", EventConsumers.CONSUMER)
                .executeUpdate();
        EventReplay.Result result = aggregates.deferringMemberMonths(() -> replay.replay(consumers.topics(), consumers::replay));
        entityManager.flush();
        OffsetDateTime asOf = JdbcValues.offsetDateTime(entityManager.createNativeQuery("""
                select max(t) from (select max(last_event_at) t from organization_view union all select max(last_event_at) from member_view
                    union all select max(last_event_at) from activity_view) facts""").getSingleResult());
        OffsetDateTime finished = BusinessCalendar.now();
        LOG.infof("read models rebuilt from %d events (%d skipped as poison) in %d ms", result.read(), result.skipped(),
                java.time.Duration.between(started, finished).toMillis());
        return new RebuildReport(result.read(), result.applied(), result.skipped(), started, finished, asOf);
    }
}
