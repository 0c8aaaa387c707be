package io.partybranch.activities.security;

import io.partybranch.common.testing.SecuritySuite;
import io.quarkus.test.junit.QuarkusTest;

/** Authentication and the read-only role, over every operation of this service's OpenAPI document. */
@QuarkusTest
class ActivitiesSecurityTest extends SecuritySuite {
}
