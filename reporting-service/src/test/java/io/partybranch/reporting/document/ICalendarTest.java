package io.partybranch.reporting.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    @Test
    void linesAreFoldedAt75OctetsWithoutSplittingACharacterAndTextIsEscaped() {
        String summary = "本月支部委员会尚未召开，剩余5天;".repeat(6) + "a,b\\c\nd";
        String feed = ICalendar.write("支部待办", OffsetDateTime.parse("2026-11-25T12:00:00+08:00"),
                List.of(new ICalendar.Event("x@y", LocalDate.of(2026, 11, 30), summary, null)));
        for (String line : feed.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = feed.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + "本月支部委员会尚未召开，剩余5天\\;".repeat(6) + "a\\,b\\\\c\\nd\r\n"), unfolded);
        assertTrue(unfolded.contains("DTSTAMP:20261125T040000Z\r\n"), unfolded);
        assertTrue(unfolded.contains("DTEND;VALUE=DATE:20261201\r\n"), unfolded);
        assertEquals(1, unfolded.split("BEGIN:VEVENT").length - 1);
    }
}
