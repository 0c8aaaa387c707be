package io.partybranch.members.retention;

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

/** Bookkeeping rows go once past their retention, in batches; what may still be needed stays. */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void rowsPastTheirRetentionArePurgedInBatchesAndNothingStillNeededIs() {
        String tag = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 7; i++) {
                outbox(tag, "now() - interval '8 days'");
                processed(tag, "now() - interval '31 days'");
                idempotency(tag, "now() - interval '8 days'");
                deadLetter(tag, "now() - interval '31 days'");
            }
            outbox(tag, "now() - interval '1 day'");
            processed(tag, "now() - interval '29 days'");
            idempotency(tag, "now() - interval '6 days'");
            deadLetter(tag, "now() - interval '29 days'");
            deadLetter(tag, null);
            // Never published: kept whatever its age. Parked, so that the relay (which this test shares with the others, and a
            // second run against the same database) does not spend every round waiting for a topic that does not exist.
            sql("""
                    insert into outbox_event (id, event_type, subject, partition_key, topic, payload, occurred_at, recorded_at,
                        parked_at, parked_reason)
                    values (gen_random_uuid(), 'test.kept.v1', :tag, :tag, 'nowhere', '{}', now() - interval '90 days',
                        now() - interval '90 days', now(), 'test row, never to be sent')""",
                    tag);
        });

        try {
            assertPurged(tag, retention.purge(3));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                sql("delete from outbox_event where subject = :tag", tag);
                sql("delete from processed_event where event_type = :tag", tag);
                sql("delete from idempotency_record where operation = :tag", tag);
                sql("delete from dead_letter where consumer = :tag", tag);
            });
        }
    }

    private void assertPurged(String tag, Map<String, Long> purged) {
        assertTrue(purged.values().stream().allMatch(count -> count >= 7), purged.toString());
        assertEquals(2, count("outbox_event where subject = '" + tag + "'"), "the recent published row and the unpublished one stay");
        assertEquals(0, count("outbox_event where subject = '" + tag + "' and published_at < now() - interval '7 days'"));
        assertEquals(1, count("processed_event where event_type = '" + tag + "'"));
        assertEquals(1, count("idempotency_record where operation = '" + tag + "'"));
        assertEquals(2, count("dead_letter where consumer = '" + tag + "'"), "the recently resolved one and the open one stay");
        assertEquals(1, count("dead_letter where consumer = '" + tag + "' and resolved_at is null"));
    }

    private void outbox(String tag, String publishedAt) {
        sql("insert into outbox_event (id, event_type, subject, partition_key, topic, payload, occurred_at, published_at) "
                + "values (gen_random_uuid(), 'test.purged.v1', :tag, :tag, 'nowhere', '{}', now(), " + publishedAt + ")", tag);
    }

    private void processed(String tag, String at) {
        sql("insert into processed_event (consumer, event_id, event_type, processed_at) values ('retention-test', gen_random_uuid(), :tag, "
                + at + ")", tag);
    }

    private void idempotency(String tag, String at) {
        sql("insert into idempotency_record (operation, idempotency_key, request_hash, response_status, created_at) "
                + "values (:tag, gen_random_uuid()::text, 'h', 201, " + at + ")", tag);
    }

    private void deadLetter(String tag, String resolvedAt) {
        sql("insert into dead_letter (id, consumer, topic, kafka_partition, kafka_offset, reason_code, reason, resolved_at) "
                + "values (gen_random_uuid(), :tag, 't', 0, (random() * 1e12)::bigint, 'unparseable', 'x', "
                + (resolvedAt == null ? "null" : resolvedAt) + ")", tag);
    }

    private void sql(String statement, String tag) {
        entityManager.createNativeQuery(statement).setParameter("tag", tag).executeUpdate();
    }

    private long count(String from) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select count(*) from " + from).getSingleResult()).longValue());
    }
}
