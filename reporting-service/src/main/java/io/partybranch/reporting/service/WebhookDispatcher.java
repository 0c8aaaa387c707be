package io.partybranch.reporting.service;

import io.partybranch.common.retention.RetainedTable;
import io.partybranch.reporting.config.WebhookConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Hands each due subscription to a virtual thread of its own, so a slow or failing receiver only
 * delays its own subscription. Within a subscription events go one at a time in feed order (so each
 * branch's in order); a failure stops that subscription until its retry is due. Subscriptions are
 * leased in the database, so several instances of this service never deliver one at once.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhookProgress progress;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookConfig config;

    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    @Scheduled(every = "${reporting.webhooks.poll-interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WebhooksDisabled.class)
    void dispatch() {
        int free = config.concurrency() - running.size();
        if (free <= 0) {
            return;
        }
        List<UUID> due = progress.claimDue(free);
        for (UUID subscription : due) {
            if (running.add(subscription)) {
                workers.submit(() -> deliver(subscription));
            }
        }
    }

    private void deliver(UUID subscription) {
        try {
            for (int i = 0; i < config.eventsPerTurn(); i++) {
                WebhookProgress.Next next = progress.next(subscription);
                if (next == null || !progress.record(subscription, next, sender.send(next.delivery()))) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf("webhook subscription %s: delivery turn failed (%s); it is tried again when its lease ends", subscription,
                    e.getClass().getSimpleName());
        } finally {
            try {
                progress.release(subscription);
            } finally {
                running.remove(subscription);
            }
        }
    }

    /**
     * The delivery log is kept for reporting.webhooks.keep-delivery-log (30 days), purged by the platform's retention in
     * its batches; parked events stay until replayed or deleted.
     */
    @Produces
    @Singleton
    RetainedTable deliveryLog(WebhookConfig config) {
        return new RetainedTable("webhook_delivery", "id", "attempted_at", config.keepDeliveryLog());
    }

    void stop(@Observes ShutdownEvent event) {
        workers.shutdownNow();
    }
}
