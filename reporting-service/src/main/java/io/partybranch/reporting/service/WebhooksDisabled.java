package io.partybranch.reporting.service;

import io.partybranch.reporting.config.WebhookConfig;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** {@code reporting.webhooks.enabled=false} stops deliveries of this instance (subscriptions keep their place). */
@Singleton
public class WebhooksDisabled implements Scheduled.SkipPredicate {

    @Inject
    WebhookConfig config;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.enabled();
    }
}
