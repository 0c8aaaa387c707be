package io.partybranch.reporting.security;

import io.partybranch.common.testing.RuleCatalogueSuite;
import io.quarkus.test.junit.QuarkusTest;

/** reporting-service's OpenAPI document publishes its rule catalogue (ReportingRule). */
@QuarkusTest
class ReportingRuleCatalogueTest extends RuleCatalogueSuite {
}
