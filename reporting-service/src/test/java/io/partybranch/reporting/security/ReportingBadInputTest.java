package io.partybranch.reporting.security;

import io.partybranch.common.testing.BadInputSuite;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;

/** Generated bad input over every operation of this service's OpenAPI document: 4xx problems, nothing written. */
@QuarkusTest
class ReportingBadInputTest extends BadInputSuite {

    private static final Set<String> WRITTEN_BY_REQUESTS = Set.of("outbox_event", "idempotency_record", "audit_entry",
            "webhook_subscription",
            "webhook_parked", "webhook_delivery", "work_summary", "work_summary_version", "work_summary_history", "summary_deadline");

    /** Every read model and the change feed are written by the consumers only; requests could write nothing but these (the summary workflow's tables among them). */
    @Override
    protected boolean writtenOnlyByRequests(String table) {
        return WRITTEN_BY_REQUESTS.contains(table);
    }
}
