package io.partybranch.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The job that tells integrating systems when a due item enters its lead time
 * ({@code due-item.coming-due.v1}, docs/domain.md).
 */
@ConfigMapping(prefix = "reporting.due.announcements")
public interface DueAnnouncementConfig {

    /** How often the job looks (read by the scheduler as a duration such as 1h; {@code off} stops it). */
    @WithDefault("1h")
    String every();

    /** Branches looked at per transaction: their announcements and outbox rows commit together. */
    @WithDefault("100")
    @Min(1)
    @Max(1000)
    int pageSize();
}
