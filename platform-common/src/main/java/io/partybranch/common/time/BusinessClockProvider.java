package io.partybranch.common.time;

import io.quarkus.arc.Unremovable;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Gives bean validation the business clock, so that {@code @PastOrPresent} and its kin judge a date
 * against the same "today" as the rules and figures, including when configuration or a test moves it.
 * Without it Hibernate Validator would read the system clock. Quarkus looks it up programmatically,
 * so it must survive the removal of unused beans, and win over any default provider bean.
 */
@ApplicationScoped
@Unremovable
@Alternative
@Priority(1)
public class BusinessClockProvider implements ClockProvider {

    private static final Clock LIVE = new LiveBusinessClock(BusinessCalendar.ZONE);

    @Override
    public Clock getClock() {
        return LIVE;
    }

    /**
     * Reads the business clock on every call: the validator may keep the clock it was given for its
     * whole life, while the business clock is moved after start-up (configuration, tests).
     */
    static final class LiveBusinessClock extends Clock {

        private final ZoneId zone;

        LiveBusinessClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new LiveBusinessClock(other);
        }

        @Override
        public Instant instant() {
            return BusinessCalendar.clock().instant();
        }
    }
}
