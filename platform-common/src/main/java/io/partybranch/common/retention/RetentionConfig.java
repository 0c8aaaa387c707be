package io.partybranch.common.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the platform's own bookkeeping rows are kept (see the README's Reliability section for why these defaults). */
@ConfigMapping(prefix = "platform.retention")
public interface RetentionConfig {

    @WithDefault("true")
    boolean enabled();

    /** How often the purge runs (read by its schedule). */
    @WithDefault("10m")
    Duration every();

    /** Published outbox rows: the event is on its topic for good; the row only helps an investigation. */
    @WithDefault("7d")
    Duration publishedOutbox();

    /** Inbox ids: longer than any redelivery (a consumer group's offsets outlive 7 days of absence only by configuration). */
    @WithDefault("30d")
    Duration processedEvents();

    /** Stored first responses of creating POSTs: far longer than any client retries. */
    @WithDefault("7d")
    Duration idempotencyRecords();

    /** Dead letters once replayed successfully; open ones are kept until they are. */
    @WithDefault("30d")
    Duration resolvedDeadLetters();

    /** Rows deleted per statement and transaction, so no purge holds locks for long. */
    @WithDefault("1000")
    int batchSize();
}
