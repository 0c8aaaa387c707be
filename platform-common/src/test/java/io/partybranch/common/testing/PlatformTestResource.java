package io.partybranch.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service under test at the shared PostgreSQL (its own schema and role) and Kafka.
 * Register it with {@code @WithTestResource(value = PlatformTestResource.class, scope = GLOBAL,
 * initArgs = @ResourceArg(name = "service", value = "members"))}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
        if (service == null) {
            throw new IllegalArgumentException("PlatformTestResource needs the 'service' init argument (its schema name)");
        }
    }

    @Override
    public Map<String, String> start() {
        String jdbcUrl = PlatformInfrastructure.ensureServiceSchema(service);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", service,
                "quarkus.datasource.password", service,
                "kafka.bootstrap.servers", PlatformInfrastructure.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class and profile in this JVM; closed by shutdown hooks.
    }
}
