package io.partybranch.common.outbox;

import io.partybranch.common.events.EventsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail of the outbox: whether the relay runs (or stands by for another instance), how
 * many rows wait and since when, and parked rows with the first one's reason. UP throughout: writes are
 * still taken and kept; {@code state} says {@code degraded} when events are not flowing.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxBacklog backlog;

    @Inject
    EventsConfig config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox").up();
        if (config.topic().isEmpty()) {
            return response.withData("relay", "none: this service publishes no events").build();
        }
        OutboxBacklog.Snapshot snapshot = backlog.snapshot();
        String relayState = !relay.isRunning() ? "stopped" : !relay.workerAlive() ? "dead" : relay.standby() ? "standby" : "running";
        boolean degraded = !"running".equals(relayState) && !"standby".equals(relayState) || relay.lastError() != null
                || snapshot.parked() > 0;
        response.withData("state", degraded ? "degraded" : "ok")
                .withData("relay", relayState)
                .withData("pending", snapshot.pending())
                .withData("oldestPendingSeconds", snapshot.oldestPendingSeconds())
                .withData("parked", snapshot.parked())
                .withData("published", relay.published());
        if (relay.lastError() != null) {
            response.withData("lastError", relay.lastError());
        }
        if (snapshot.parked() > 0) {
            response.withData("firstParked", snapshot.firstParkedId() + ": " + snapshot.firstParkedReason());
        }
        if (backlog.countError() != null) {
            response.withData("countError", backlog.countError());
        }
        return response.build();
    }
}
