package io.partybranch.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.partybranch.common.http.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every period form the API accepts, its first and last day and its label, and every refusal. */
class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2026,      2026-01-01, 2026-12-31, 2026年",
            "2026-Q1,   2026-01-01, 2026-03-31, 2026年第1季度",
            "2026-Q3,   2026-07-01, 2026-09-30, 2026年第3季度",
            "2026-Q4,   2026-10-01, 2026-12-31, 2026年第4季度",
            "2026-01,   2026-01-01, 2026-01-31, 2026年1月",
            "2024-02,   2024-02-01, 2024-02-29, 2024年2月",
            "2026-09,   2026-09-01, 2026-09-30, 2026年9月",
            "2026-12,   2026-12-01, 2026-12-31, 2026年12月",
            "2025-S1,   2025-09-01, 2026-01-31, 2025学年第一学期",
            "2025-S2,   2026-02-01, 2026-07-31, 2025学年第二学期"})
    void aNamedPeriodCoversItsDays(String period, LocalDate from, LocalDate to, String label) {
        assertEquals(new Period(from, to, label), Period.parse(period, null, null));
    }

    @Test
    void aNamedPeriodWinsOverDates() {
        assertEquals(LocalDate.of(2026, 1, 1), Period.parse("2026", LocalDate.of(2020, 5, 5), LocalDate.of(2020, 6, 6)).from());
    }

    @Test
    void explicitDatesMakeAPeriodOfTheirOwn() {
        assertEquals(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15), "2026-03-01至2026-03-15"),
                Period.parse(null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15)));
        assertEquals(LocalDate.of(2026, 3, 1), Period.parse(" ", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).to(),
                "a single day is a period");
    }

    @Test
    void datesOutOfOrderAreRefusedOnTo() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Period.parse(null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        assertEquals(400, refused.status());
        assertEquals("to", refused.errors().get(0).field());
    }

    @Test
    void withoutPeriodOrBothDatesItSaysWhatToGive() {
        for (LocalDate[] dates : new LocalDate[][]{{null, null}, {LocalDate.of(2026, 1, 1), null}, {null, LocalDate.of(2026, 1, 1)}}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Period.parse(null, dates[0], dates[1]));
            assertEquals("period", refused.errors().get(0).field());
            assertEquals(400, refused.status());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025-Q5", "2025-Q0", "2025-S3", "25", "2025-1", "2025/09", "2025-Q4 ", "S1-2025"})
    void anythingElseIsRefusedOnPeriod(String period) {
        ProblemException refused = assertThrows(ProblemException.class, () -> Period.parse(period, null, null));
        assertEquals(400, refused.status());
        assertEquals("period", refused.errors().get(0).field());
    }
}
