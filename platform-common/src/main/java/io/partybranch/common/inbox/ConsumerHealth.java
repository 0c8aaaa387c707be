package io.partybranch.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail of each event consumer: what it does, and while it retries a batch that failed
 * transiently, that it is degraded and why; also its open dead letters. It stays UP: the service can
 * still answer from what it has applied, and a degraded consumer catches up by itself.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    @Inject
    ConsumerLoops loops;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers").up();
        for (String name : loops.names()) {
            ConsumerStatus status = loops.status(name);
            response.withData(name, status.degraded() ? "degraded" : status.state().name().toLowerCase(Locale.ROOT));
            if (status.degraded()) {
                response.withData(name + ".reason", status.reason());
                response.withData(name + ".failingSince", String.valueOf(status.failingSince()));
            }
            response.withData(name + ".deadLettersOpen", status.openDeadLetters());
            response.withData(name + ".applied", status.applied());
        }
        return response.build();
    }
}
