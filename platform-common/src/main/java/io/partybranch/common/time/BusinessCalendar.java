package io.partybranch.common.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The platform's one notion of "now". "Which day / month / semester" is decided in Asia/Shanghai,
 * whatever zone the server runs in. The clock behind it is the system's unless configuration moves
 * it ({@link BusinessClockConfiguration}) or a test replaces it, so that no figure depends on the
 * day a test happens to run. Bean validation's {@code @PastOrPresent} reads the same clock
 * ({@link BusinessClockProvider}).
 *
 * <p>Technical instants stay on the system clock on purpose: when the outbox relay published a row,
 * when the inbox processed an event, when a token expires. They measure the machine, not the records.
 */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static volatile Clock clock = Clock.systemUTC();

    private BusinessCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    public static Clock clock() {
        return clock;
    }

    /** Replaces the business clock for the whole application (tests, demos); {@link Clock#systemUTC()} restores it. */
    public static void useClock(Clock replacement) {
        clock = Objects.requireNonNull(replacement, "clock");
    }

    /** The latest of several instants, ignoring absent ones ("how fresh is this figure"). */
    public static OffsetDateTime latest(OffsetDateTime... times) {
        OffsetDateTime latest = null;
        for (OffsetDateTime time : times) {
            if (time != null && (latest == null || time.isAfter(latest))) {
                latest = time;
            }
        }
        return latest;
    }
}
