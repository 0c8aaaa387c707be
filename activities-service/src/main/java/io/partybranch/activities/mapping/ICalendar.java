package io.partybranch.activities.mapping;

import io.partybranch.activities.repository.Activity;
import io.partybranch.common.time.BusinessCalendar;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** RFC 5545 calendar of planned activities: all-day events, CRLF lines, text escaped. */
public final class ICalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private ICalendar() {
    }

    public static String of(List<Activity> activities) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//partybranch//activities//ZH");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape("党支部活动安排"));
        line(ics, "X-WR-TIMEZONE:Asia/Shanghai");
        String stamp = BusinessCalendar.now().format(STAMP);
        for (Activity activity : activities) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + activity.id + "@partybranch");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART;VALUE=DATE:" + activity.plannedFor.format(DAY));
            line(ics, "DTEND;VALUE=DATE:" + activity.plannedFor.plusDays(1).format(DAY));
            line(ics, "SUMMARY:" + escape(activity.type.label() + "：" + activity.title));
            if (activity.place != null) {
                line(ics, "LOCATION:" + escape(activity.place));
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void line(StringBuilder ics, String line) {
        ics.append(line).append("\r\n");
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n").replace("\r", "");
    }
}
