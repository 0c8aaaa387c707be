package io.partybranch.members.security;

import io.partybranch.common.testing.RuleCatalogueSuite;
import io.quarkus.test.junit.QuarkusTest;

/** This service's rule catalogue, as its OpenAPI document publishes it. */
@QuarkusTest
class MembersRuleCatalogueTest extends RuleCatalogueSuite {
}
