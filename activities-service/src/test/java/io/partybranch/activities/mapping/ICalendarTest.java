package io.partybranch.activities.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import io.partybranch.activities.repository.Activity;
import io.partybranch.common.time.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RFC 5545: all-day events, CRLF line ends, text escaped; stamped on the business clock. */
class ICalendarTest {

    private final Clock original = BusinessCalendar.clock();

    @AfterEach
    void restore() {
        BusinessCalendar.useClock(original);
    }

    @Test
    void plannedActivitiesBecomeAllDayEvents() {
        BusinessCalendar.useClock(Clock.fixed(Instant.parse("2026-11-20T04:05:06Z"), ZoneOffset.UTC));
        Activity lecture = new Activity();
        lecture.id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        lecture.type = ActivityType.PARTY_LECTURE;
        lecture.title = "学习党章, 第一讲; 总则";
        lecture.plannedFor = LocalDate.of(2026, 12, 31);
        lecture.place = "党员活动室\n三楼";
        lecture.status = ActivityStatus.PLANNED;
        Activity meeting = new Activity();
        meeting.id = UUID.fromString("00000000-0000-0000-0000-000000000002");
        meeting.type = ActivityType.COMMITTEE_MEETING;
        meeting.title = "支委会";
        meeting.plannedFor = LocalDate.of(2027, 1, 5);
        assertEquals(String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//partybranch//activities//ZH", "CALSCALE:GREGORIAN",
                "X-WR-CALNAME:党支部活动安排", "X-WR-TIMEZONE:Asia/Shanghai",
                "BEGIN:VEVENT", "UID:00000000-0000-0000-0000-000000000001@partybranch", "DTSTAMP:20261120T040506Z",
                "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101", "SUMMARY:党课：学习党章\\, 第一讲\\; 总则",
                "LOCATION:党员活动室\\n三楼", "END:VEVENT",
                "BEGIN:VEVENT", "UID:00000000-0000-0000-0000-000000000002@partybranch", "DTSTAMP:20261120T040506Z",
                "DTSTART;VALUE=DATE:20270105", "DTEND;VALUE=DATE:20270106", "SUMMARY:支部委员会：支委会", "END:VEVENT",
                "END:VCALENDAR", ""), ICalendar.of(List.of(lecture, meeting)));
    }

    @Test
    void backslashesAreEscapedFirstAndCarriageReturnsDropped() {
        assertEquals("a\\\\b\\;c\\,d\\ne", ICalendar.escape("a\\b;c,d\r\ne"));
    }
}
