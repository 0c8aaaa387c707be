package io.partybranch.common.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** "Which day / month / semester" is decided in Asia/Shanghai, whatever zone the server runs in. */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
