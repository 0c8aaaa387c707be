package io.partybranch.reporting.mapping;

import io.partybranch.reporting.model.WebhookModels.DeliveryResponse;
import io.partybranch.reporting.model.WebhookModels.ParkedResponse;
import io.partybranch.reporting.model.WebhookModels.SubscriptionResponse;
import io.partybranch.reporting.repository.WebhookDelivery;
import io.partybranch.reporting.repository.WebhookParked;
import io.partybranch.reporting.repository.WebhookSubscription;
import java.util.Arrays;

public final class WebhookMapper {

    private WebhookMapper() {
    }

    /** @param showSecret only in the answer that creates the secret */
    public static SubscriptionResponse toResponse(WebhookSubscription s, boolean showSecret) {
        return new SubscriptionResponse(s.id, s.url, Arrays.asList(s.types),
                s.scopeDistricts == null ? null : Arrays.asList(s.scopeDistricts),
                s.scopeRoots == null ? null : Arrays.asList(s.scopeRoots), s.status, showSecret ? s.secret : null,
                s.previousSecret == null ? null : s.previousSecretUntil, ChangeFeedCursor.encode(s.position), s.attempts,
                s.headFailingSince, s.nextAttemptAt, s.createdAt);
    }

    public static DeliveryResponse toResponse(WebhookDelivery d) {
        return new DeliveryResponse(d.id, d.eventId, d.eventType, d.attempt, d.attemptedAt, d.statusCode, d.latencyMs, d.outcome, d.error);
    }

    public static ParkedResponse toResponse(WebhookParked p) {
        return new ParkedResponse(p.id, p.eventId, p.eventType, p.parkedAt, p.reason, p.attempts, p.replayedAt);
    }
}
