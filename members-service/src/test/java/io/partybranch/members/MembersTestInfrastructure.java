package io.partybranch.members;

import io.partybranch.common.testing.PlatformTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the shared real PostgreSQL (schema "members") and Kafka. */
@WithTestResource(value = PlatformTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "service", value = "members"))
public final class MembersTestInfrastructure {
    private MembersTestInfrastructure() {
    }
}
