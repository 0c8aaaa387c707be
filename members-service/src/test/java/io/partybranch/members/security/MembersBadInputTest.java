package io.partybranch.members.security;

import io.partybranch.common.testing.BadInputSuite;
import io.quarkus.test.junit.QuarkusTest;

/** Generated bad input over every operation of this service's OpenAPI document: 4xx problems, nothing written. */
@QuarkusTest
class MembersBadInputTest extends BadInputSuite {
}
