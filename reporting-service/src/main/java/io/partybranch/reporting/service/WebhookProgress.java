package io.partybranch.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.config.WebhookConfig;
import io.partybranch.reporting.domain.Backoff;
import io.partybranch.reporting.mapping.ChangeFeedMapper;
import io.partybranch.reporting.repository.ChangeEvent;
import io.partybranch.reporting.repository.WebhookDelivery;
import io.partybranch.reporting.repository.WebhookParked;
import io.partybranch.reporting.repository.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The short transactions around each delivery: which event a subscription gets next, and what its
 * attempt did to the subscription's position, retry schedule, log and parked list. The HTTP call
 * itself runs between them, outside any transaction. Retry times are the database's clock, like leases.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookProgress {

    static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    EntityManager entityManager;

    @Inject
    ChangeFeedService feed;

    @Inject
    WebhookConfig config;

    @Inject
    BulkSql sql;

    @Inject
    ObjectMapper json;

    public record Next(long position, UUID eventId, String type, WebhookSender.Delivery delivery, int attempt) {
    }

    /** Claims up to {@code limit} subscriptions that are due and have something new, for {@link #LEASE}. */
    public List<UUID> claimDue(int limit) {
        return sql.query("""
                update webhook_subscription set lease_until = now() + make_interval(secs => ?)
                where id in (select s.id from webhook_subscription s
                    where s.status = 'ACTIVE' and (s.lease_until is null or s.lease_until < now())
                        and (s.next_attempt_at is null or s.next_attempt_at <= now())
                        and exists (select 1 from change_event e where e.position > s.position)
                    order by coalesce(s.next_attempt_at, s.created_at) limit ? for update skip locked)
                returning id""", row -> (UUID) row.getObject(1), (double) LEASE.toSeconds(), limit);
    }

    public void release(UUID subscription) {
        sql.update("update webhook_subscription set lease_until = null where id = ?", subscription);
    }

    /** @return the next event to deliver, or null when there is none in the subscription's types and scope (then caught up) */
    public Next next(UUID id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null || !WebhookSubscription.ACTIVE.equals(subscription.status)) {
            return null;
        }
        long upTo = ((Number) entityManager.createNativeQuery("select coalesce(max(position), 0) from change_event").getSingleResult())
                .longValue();
        List<ChangeEvent> page = feed.afterInScope(subscription.position, Arrays.asList(subscription.types),
                subscription.unrestricted() ? null : Arrays.asList(subscription.scopeDistricts),
                subscription.unrestricted() ? null : Arrays.asList(subscription.scopeRoots), 1).events();
        if (page.isEmpty() || page.getFirst().position > upTo) {
            subscription.position = Math.max(subscription.position, upTo);
            return null;
        }
        ChangeEvent event = page.getFirst();
        String previous = subscription.previousSecret != null && subscription.previousSecretUntil != null
                && subscription.previousSecretUntil.isAfter(BusinessCalendar.now()) ? subscription.previousSecret : null;
        return new Next(event.position, event.eventId, event.type, new WebhookSender.Delivery(subscription.url, event.eventId.toString(),
                body(event, subscription.revealPersonalData), subscription.secret, previous), subscription.attempts + 1);
    }

    /** @return true when the subscription may go on to its next event */
    public boolean record(UUID id, Next next, WebhookSender.Result result) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null) {
            return false;
        }
        log(id, next, next.attempt(), result, result.delivered() ? WebhookDelivery.DELIVERED : WebhookDelivery.FAILED);
        if (result.delivered()) {
            advance(subscription, next.position());
            return true;
        }
        OffsetDateTime now = databaseNow();
        subscription.attempts = next.attempt();
        if (subscription.headFailingSince == null) {
            subscription.headFailingSince = now;
        }
        if (Duration.between(subscription.headFailingSince, now).compareTo(config.giveUpAfter()) >= 0) {
            park(subscription, next, result);
            return true;
        }
        subscription.nextAttemptAt = now.plus(Backoff.after(subscription.attempts, config.initialBackoff(), config.maxBackoff()));
        return false;
    }

    /** A replay of a parked event, outside the subscription's order: logged, and the parked entry closed when it went through. */
    public void recordReplay(WebhookParked parked, WebhookSender.Result result) {
        WebhookParked entry = WebhookParked.findById(parked.id);
        Next next = new Next(entry.position, entry.eventId, entry.eventType, null, entry.attempts + 1);
        log(entry.subscriptionId, next, next.attempt(), result, result.delivered() ? WebhookDelivery.REPLAYED : WebhookDelivery.FAILED);
        entry.attempts = next.attempt();
        if (result.delivered()) {
            entry.replayedAt = databaseNow();
        }
    }

    /** What to send again for a parked event; null when the feed no longer shows it to this caller. */
    public WebhookSender.Delivery replayOf(UUID parkedId) {
        WebhookParked parked = WebhookParked.findById(parkedId);
        WebhookSubscription subscription = WebhookSubscription.findById(parked.subscriptionId);
        ChangeEvent event = ChangeEvent.find("eventId", parked.eventId).firstResult();
        if (event == null) {
            return null;
        }
        return new WebhookSender.Delivery(subscription.url, parked.eventId.toString(), body(event, subscription.revealPersonalData),
                subscription.secret, null);
    }

    private void park(WebhookSubscription subscription, Next next, WebhookSender.Result result) {
        WebhookParked parked = new WebhookParked();
        parked.id = UUID.randomUUID();
        parked.subscriptionId = subscription.id;
        parked.position = next.position();
        parked.eventId = next.eventId();
        parked.eventType = next.type();
        parked.parkedAt = databaseNow();
        parked.reason = truncate(result.error() == null ? "failed" : result.error());
        parked.attempts = next.attempt();
        parked.persist();
        log(subscription.id, next, next.attempt(), result, WebhookDelivery.PARKED);
        advance(subscription, next.position());
    }

    private static void advance(WebhookSubscription subscription, long position) {
        subscription.position = position;
        subscription.attempts = 0;
        subscription.headFailingSince = null;
        subscription.nextAttemptAt = null;
    }

    private void log(UUID subscription, Next next, int attempt, WebhookSender.Result result, String outcome) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscription;
        delivery.eventId = next.eventId();
        delivery.position = next.position();
        delivery.eventType = next.type();
        delivery.attempt = attempt;
        delivery.attemptedAt = databaseNow();
        delivery.statusCode = result.statusCode();
        delivery.latencyMs = result.latencyMs();
        delivery.outcome = outcome;
        delivery.error = result.error() == null ? null : truncate(result.error());
        delivery.persist();
    }

    private OffsetDateTime databaseNow() {
        return JdbcValues.offsetDateTime(entityManager.createNativeQuery("select now()").getSingleResult());
    }

    private String body(ChangeEvent event, boolean reveal) {
        try {
            return json.writeValueAsString(ChangeFeedMapper.toCloudEvent(json, event.event, reveal));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change event could not be written", e);
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
