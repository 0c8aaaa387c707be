package io.partybranch.members.security;

import io.partybranch.common.testing.SecuritySuite;
import io.quarkus.test.junit.QuarkusTest;

/** Authentication and the read-only role, over every operation of this service's OpenAPI document. */
@QuarkusTest
class MembersSecurityTest extends SecuritySuite {
}
