package io.partybranch.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** platform.clock.fixed stops the clock, platform.clock.offset shifts it, and both together shift the fixed instant. */
class BusinessClockConfigurationTest {

    private static final OffsetDateTime FIXED = OffsetDateTime.parse("2026-09-01T08:00:00+08:00");

    @Test
    void aFixedInstantStandsStill() throws InterruptedException {
        Clock clock = BusinessClockConfiguration.configured(Optional.of(FIXED), Optional.empty());
        Instant first = clock.instant();
        Thread.sleep(5);
        assertEquals(FIXED.toInstant(), first);
        assertEquals(first, clock.instant());
        assertEquals(BusinessCalendar.ZONE, clock.getZone());
    }

    @Test
    void anOffsetShiftsAFixedInstant() {
        Clock clock = BusinessClockConfiguration.configured(Optional.of(FIXED), Optional.of(Duration.parse("P730D")));
        assertEquals(FIXED.toInstant().plus(Duration.ofDays(730)), clock.instant());
    }

    @Test
    void anOffsetAloneShiftsTheSystemClock() {
        Duration twoYears = Duration.ofDays(730);
        Instant before = Instant.now().plus(twoYears);
        Instant shifted = BusinessClockConfiguration.configured(Optional.empty(), Optional.of(twoYears)).instant();
        Instant after = Instant.now().plus(twoYears);
        assertTrue(!shifted.isBefore(before) && !shifted.isAfter(after), shifted + " not between " + before + " and " + after);
    }

    @Test
    void negativeOffsetsGoBack() {
        Clock clock = BusinessClockConfiguration.configured(Optional.of(FIXED), Optional.of(Duration.parse("-PT24H")));
        assertEquals(FIXED.toInstant().minus(Duration.ofDays(1)), clock.instant());
    }

    @Test
    void withoutConfigurationItIsTheSystemClock() {
        Instant before = Instant.now();
        Instant seen = BusinessClockConfiguration.configured(Optional.empty(), Optional.empty()).instant();
        assertTrue(!seen.isBefore(before) && !seen.isAfter(Instant.now()));
    }
}
