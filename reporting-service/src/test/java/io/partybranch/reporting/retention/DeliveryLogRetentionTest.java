package io.partybranch.reporting.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.retention.Retention;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The webhook delivery log goes by the platform's retention, in its batches: past 30 days it is purged, younger rows stay. */
@QuarkusTest
class DeliveryLogRetentionTest {

    @Inject
    Retention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void deliveriesPastTheirRetentionArePurgedInBatchesAndYoungerOnesStay() {
        UUID subscription = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into webhook_subscription (id, owner, url, types, reveal_personal_data, secret, status, position, created_at)
                    values (:s, 'retention-test', 'http://localhost:1/', '{}', false, 'x', 'PAUSED', 0, now())""")
                    .setParameter("s", subscription).executeUpdate();
            for (int i = 0; i < 5; i++) {
                delivery(subscription, "now() - interval '31 days'");
            }
            delivery(subscription, "now() - interval '29 days'");
        });
        try {
            Map<String, Long> purged = retention.purge(2);
            assertTrue(purged.get("webhook_delivery") >= 5, purged.toString());
            assertEquals(1L, count(subscription), "the delivery of 29 days ago stays");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from webhook_subscription where id = :s")
                    .setParameter("s", subscription).executeUpdate());
        }
    }

    private void delivery(UUID subscription, String at) {
        entityManager.createNativeQuery("insert into webhook_delivery (id, subscription_id, event_id, position, event_type, attempt, "
                + "attempted_at, latency_ms, outcome) values (gen_random_uuid(), :s, gen_random_uuid(), 0, 'test.v1', 1, " + at
                + ", 1, 'DELIVERED')").setParameter("s", subscription).executeUpdate();
    }

    private long count(UUID subscription) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from webhook_delivery where subscription_id = :s").setParameter("s", subscription)
                .getSingleResult()).longValue());
    }
}
