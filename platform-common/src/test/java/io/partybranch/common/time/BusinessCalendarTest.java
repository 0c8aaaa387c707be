package io.partybranch.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Today" is decided in Asia/Shanghai from whichever clock is in use; nothing here reads the real date. */
class BusinessCalendarTest {

    private final Clock original = BusinessCalendar.clock();

    @AfterEach
    void restore() {
        BusinessCalendar.useClock(original);
    }

    @Test
    void todayIsTheDateInShanghaiNotOnTheServer() {
        // 2026-06-30 17:30 UTC is already 1 July in Shanghai (UTC+8).
        BusinessCalendar.useClock(Clock.fixed(Instant.parse("2026-06-30T17:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 7, 1), BusinessCalendar.today());
        BusinessCalendar.useClock(Clock.fixed(Instant.parse("2026-06-30T15:59:59Z"), ZoneOffset.ofHours(-10)));
        assertEquals(LocalDate.of(2026, 6, 30), BusinessCalendar.today(), "one second before midnight in Shanghai");
    }

    @Test
    void nowIsTheClocksInstantInUtc() {
        BusinessCalendar.useClock(Clock.fixed(Instant.parse("2026-06-30T17:30:00Z"), BusinessCalendar.ZONE));
        OffsetDateTime now = BusinessCalendar.now();
        assertEquals(ZoneOffset.UTC, now.getOffset());
        assertEquals(Instant.parse("2026-06-30T17:30:00Z"), now.toInstant());
    }

    @Test
    void aReplacedClockIsTheOneInUseUntilReplacedAgain() {
        Clock fixed = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        BusinessCalendar.useClock(fixed);
        assertSame(fixed, BusinessCalendar.clock());
        assertThrows(NullPointerException.class, () -> BusinessCalendar.useClock(null));
        assertSame(fixed, BusinessCalendar.clock(), "a refused replacement leaves the clock as it was");
    }

    @Test
    void latestIgnoresAbsentTimes() {
        OffsetDateTime early = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        OffsetDateTime late = OffsetDateTime.parse("2026-01-02T00:00:00+08:00");
        assertEquals(late, BusinessCalendar.latest(early, null, late));
        assertEquals(late, BusinessCalendar.latest(late, early));
        assertNull(BusinessCalendar.latest());
        assertNull(BusinessCalendar.latest((OffsetDateTime) null));
    }

    @Test
    void beanValidationReadsTheBusinessClockInItsZone() {
        BusinessCalendar.useClock(Clock.fixed(Instant.parse("2026-06-30T17:30:00Z"), ZoneOffset.UTC));
        Clock seen = new BusinessClockProvider().getClock();
        assertEquals(BusinessCalendar.ZONE, seen.getZone());
        assertEquals(LocalDate.of(2026, 7, 1), LocalDate.now(seen));
        // A validator that keeps the clock it was given still sees the business clock move.
        BusinessCalendar.useClock(Clock.fixed(Instant.parse("2028-12-01T04:00:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2028, 12, 1), LocalDate.now(seen));
        assertEquals(Instant.parse("2028-12-01T04:00:00Z"), seen.withZone(ZoneOffset.UTC).instant());
        assertEquals(ZoneOffset.UTC, seen.withZone(ZoneOffset.UTC).getZone());
    }
}
