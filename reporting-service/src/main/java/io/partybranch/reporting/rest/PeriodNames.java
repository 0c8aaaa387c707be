package io.partybranch.reporting.rest;

import io.partybranch.common.http.ProblemException;
import io.partybranch.reporting.model.SummaryRequests;

/** A named period in a path or query: 2026, 2026-Q3, 2026-09, 2025-S1 or 2025-S2, and nothing else. */
final class PeriodNames {

    private PeriodNames() {
    }

    static void require(String period) {
        if (period == null || period.length() > 20 || !period.matches(SummaryRequests.PERIOD)) {
            throw ProblemException.invalid("period", SummaryRequests.PERIOD_MESSAGE);
        }
    }
}
