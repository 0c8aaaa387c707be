package io.partybranch.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the Kafka broker answers and the service's topics exist. Stays UP when it does not: the
 * service still serves reads and takes writes (their events wait in the outbox), which is what an
 * orchestrator should keep routing to; the detail says the broker is down.
 */
@Readiness
@ApplicationScoped
public class BrokerHealth implements HealthCheck {

    @Inject
    TopicInitializer topics;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-broker").up()
                .withData("broker", topics.brokerReachable() ? "reachable" : "down")
                .withData("topics", topics.ready() ? "ensured" : "waiting for the broker");
        if (!topics.brokerReachable()) {
            response.withData("reason", String.valueOf(topics.brokerProblem()));
        }
        return response.build();
    }
}
