package io.partybranch.reporting.document;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Due items as an iCalendar (RFC 5545) feed of all-day events, which calendar apps subscribe to. */
public final class ICalendar {

    /** One all-day event: its UID stays the same while the item is due, so a subscriber's copy is updated, not duplicated. */
    public record Event(String uid, LocalDate day, String summary, String description) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendar() {
    }

    public static String write(String name, OffsetDateTime stamp, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//partybranch//due items//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Asia/Shanghai");
        String stamped = stamp.withOffsetSameInstant(ZoneOffset.UTC).format(STAMP);
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + stamped);
            line(out, "DTSTART;VALUE=DATE:" + event.day().format(DAY));
            line(out, "DTEND;VALUE=DATE:" + event.day().plusDays(1).format(DAY));
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r",
                "\\n");
    }

    /** Content lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
