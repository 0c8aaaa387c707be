package io.partybranch.activities;

import io.partybranch.common.testing.PlatformTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the shared real PostgreSQL (schema "activities") and Kafka. */
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "service", value = "activities"))
public final class ActivitiesTestInfrastructure {
    private ActivitiesTestInfrastructure() {
    }
}
