package io.partybranch.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook deliveries: how hard to try, how long to wait, and which targets are allowed at all. */
@ConfigMapping(prefix = "reporting.webhooks")
public interface WebhookConfig {

    /** false stops this instance's deliveries; subscriptions keep their place. */
    @WithDefault("true")
    boolean enabled();

    /** How often due subscriptions are looked for (also read by the scheduler, as a plain duration such as 0.5s). */
    @WithDefault("0.5s")
    Duration pollInterval();

    /** Loopback, private, link-local and other non-public targets; only tests and the local stack allow them. */
    @WithDefault("false")
    boolean allowPrivateTargets();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Until the receiver's status line and headers have come; its body is never read. */
    @WithDefault("10s")
    Duration requestTimeout();

    @WithDefault("10s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** A failing event is parked once it has been failing this long (retries run for at least this time). */
    @WithDefault("25h")
    Duration giveUpAfter();

    /** How long the secret replaced by a rotation still signs deliveries beside the new one. */
    @WithDefault("24h")
    Duration previousSecretValidity();

    /** Subscriptions delivered to at once; each runs on its own virtual thread. */
    @WithDefault("32")
    int concurrency();

    /** Events one subscription gets in one turn before others are served. */
    @WithDefault("50")
    int eventsPerTurn();

    @WithDefault("30d")
    Duration keepDeliveryLog();
}
