package io.partybranch.members.rest;

import io.partybranch.common.http.ProblemException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The {@code updatedSince} filter of the lists, for systems that pull what changed since their last look. */
final class UpdatedSince {

    static final String PARAMETER = "updatedSince";
    static final String DESCRIPTION = "Only what was created or changed after this instant (ISO 8601 with offset, e.g. "
            + "2026-09-01T00:00:00+08:00). For every change in order, with a resumable cursor, follow GET /api/v1/changes instead";

    private UpdatedSince() {
    }

    static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime since = OffsetDateTime.parse(value);
            if (since.getYear() < 1900 || since.getYear() > 2100) {
                throw ProblemException.invalid(PARAMETER, "must lie between 1900 and 2100");
            }
            return since;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(PARAMETER, "must be an ISO 8601 date-time with offset, e.g. 2026-09-01T00:00:00+08:00");
        }
    }
}
