package io.partybranch.common.time;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves the business clock by configuration, before anything else starts: {@code platform.clock.fixed}
 * (an ISO date-time with offset) stops it at one instant, {@code platform.clock.offset} (an ISO-8601
 * duration such as {@code P730D}) shifts the system clock. Demos use it to show a chosen day; the test
 * suite is run with an offset to prove that no test depends on the real date.
 */
@ApplicationScoped
public class BusinessClockConfiguration {

    private static final Logger LOG = Logger.getLogger(BusinessClockConfiguration.class);

    @ConfigProperty(name = "platform.clock.fixed")
    Optional<OffsetDateTime> fixed;

    @ConfigProperty(name = "platform.clock.offset")
    Optional<Duration> offset;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        BusinessCalendar.useClock(configured(fixed, offset));
        if (fixed.isPresent() || offset.isPresent()) {
            LOG.warnf("The business clock is moved by configuration: today is %s", BusinessCalendar.today());
        }
    }

    static Clock configured(Optional<OffsetDateTime> fixed, Optional<Duration> offset) {
        Clock base = fixed.map(at -> Clock.fixed(at.toInstant(), BusinessCalendar.ZONE)).orElse(Clock.systemUTC());
        return offset.map(shift -> Clock.offset(base, shift)).orElse(base);
    }
}
