package io.partybranch.activities.security;

import io.partybranch.common.testing.RuleCatalogueSuite;
import io.quarkus.test.junit.QuarkusTest;

/** This service's rule catalogue, as its OpenAPI document publishes it. */
@QuarkusTest
class ActivitiesRuleCatalogueTest extends RuleCatalogueSuite {
}
