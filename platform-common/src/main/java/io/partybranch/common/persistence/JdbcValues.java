package io.partybranch.common.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Native queries hand back driver types (java.sql or java.time, depending on the column): read them one way. */
public final class JdbcValues {

    private JdbcValues() {
    }

    public static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    public static OffsetDateTime offsetDateTime(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
