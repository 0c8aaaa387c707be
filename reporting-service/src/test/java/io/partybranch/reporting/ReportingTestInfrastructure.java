package io.partybranch.reporting;

import io.partybranch.common.testing.PlatformTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the shared real PostgreSQL (schema "reporting") and Kafka. */
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "service", value = "reporting"))
public final class ReportingTestInfrastructure {
    private ReportingTestInfrastructure() {
    }
}
