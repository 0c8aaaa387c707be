package io.partybranch.reporting.model;

import io.partybranch.common.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record SummaryDeadlineResponse(UUID organizationId, String period, LocalDate dueOn, String setBy, OffsetDateTime setAt, long version)
        implements
            Versioned {
}
