package io.partybranch.activities.security;

import io.partybranch.common.testing.BadInputSuite;
import io.quarkus.test.junit.QuarkusTest;

/** Generated bad input over every operation of this service's OpenAPI document: 4xx problems, nothing written. */
@QuarkusTest
class ActivitiesBadInputTest extends BadInputSuite {

    /** The roster copy is written by the members-events consumer, which may still be applying earlier tests' events. */
    @Override
    protected boolean writtenOnlyByRequests(String table) {
        return super.writtenOnlyByRequests(table) && !table.startsWith("roster_");
    }
}
