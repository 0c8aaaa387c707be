package io.partybranch.common.events;

import io.partybranch.common.inbox.ConsumerLoops;
import io.partybranch.common.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN only if a worker thread that should run has died (they catch everything, so this means a bug):
 * events would stop flowing for good, and a restart is the cure.
 */
@Liveness
@ApplicationScoped
public class EventWorkersLiveness implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Inject
    ConsumerLoops consumers;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-workers");
        boolean alive = true;
        if (relay.isRunning()) {
            alive = relay.workerAlive();
            response.withData("outbox-relay", relay.workerAlive() ? "alive" : "dead");
        }
        for (String name : consumers.names()) {
            boolean consumerAlive = consumers.alive(name);
            alive &= consumerAlive;
            response.withData(name, consumerAlive ? "alive" : "dead");
        }
        return response.status(alive).build();
    }
}
