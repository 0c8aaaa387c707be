package io.partybranch.common.inbox;

import io.partybranch.common.persistence.JdbcValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The {@code dead_letter} table of a consuming service: records its consumer will not apply as they
 * are, with where they came from and why. Written in the transaction of the batch they arrived in, so
 * a record is either applied, or dead-lettered, or (after a crash) delivered again: never lost.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String APPLIED = "APPLIED";
    public static final String ALREADY_APPLIED = "ALREADY_APPLIED";
    public static final String APPLIED_BY_REBUILD = "APPLIED_BY_REBUILD";

    @Inject
    EntityManager entityManager;

    /** Row of {@code dead_letter}; {@code payload} only when asked for. */
    public record Row(UUID id, String consumer, String topic, int partition, long offset, String key, UUID eventId, String eventType,
            String reasonCode, String reason, String payload, OffsetDateTime deadLetteredAt, int replayCount,
            OffsetDateTime lastReplayedAt, OffsetDateTime resolvedAt, String resolution) {

        IncomingRecord record() {
            return new IncomingRecord(topic, partition, offset, key, payload);
        }
    }

    /** In the caller's transaction; a record already dead-lettered (redelivered after a crash) is kept as first recorded. */
    int record(String consumer, IncomingRecord record, UUID eventId, String eventType, Failures.Classified failure) {
        return entityManager.createNativeQuery("""
                insert into dead_letter (id, consumer, topic, kafka_partition, kafka_offset, record_key, event_id, event_type,
                    reason_code, reason, payload, dead_lettered_at)
                values (:id, :consumer, :topic, :partition, :offset, :key, :eventId, :eventType, :code, :reason, :payload, now())
                on conflict (consumer, topic, kafka_partition, kafka_offset) do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("consumer", consumer).setParameter("topic", record.topic())
                .setParameter("partition", record.partition()).setParameter("offset", record.offset())
                .setParameter("key", truncate(record.key(), 200)).setParameter("eventId", eventId)
                .setParameter("eventType", truncate(eventType, 200)).setParameter("code", failure.code())
                .setParameter("reason", failure.reason()).setParameter("payload", record.value())
                .executeUpdate();
    }

    public Row find(String consumer, UUID id) {
        List<Row> rows = rows(consumer, " and id = :id", id, 0, 1, true);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** @param open true: only those not yet resolved; oldest first, so a replay follows arrival order */
    public List<Row> list(String consumer, boolean open, int page, int size) {
        return rows(consumer, open ? " and resolved_at is null" : "", null, page, size, false);
    }

    /** The oldest open dead letters after a given one (by arrival), with payloads, for replaying them all. */
    List<Row> openAfter(String consumer, OffsetDateTime after, UUID afterId, int limit) {
        var query = entityManager.createNativeQuery(SELECT.formatted("payload")
                + " where consumer = :consumer and resolved_at is null"
                + (after == null ? "" : " and (dead_lettered_at, id) > (:after, :afterId)")
                + " order by dead_lettered_at, id limit :limit")
                .setParameter("consumer", consumer).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("after", after).setParameter("afterId", afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        return result.stream().map(DeadLetters::row).toList();
    }

    /** Positions of open dead letters that failed while applied (not while decoded): a rebuild sets them aside. */
    List<Object[]> openApplyFailures(String consumer) {
        @SuppressWarnings("unchecked")
        List<Object[]> positions = entityManager.createNativeQuery("""
                select topic, kafka_partition, kafka_offset from dead_letter
                where consumer = :consumer and resolved_at is null and reason_code in (:codes)""")
                .setParameter("consumer", consumer)
                .setParameter("codes", List.of(PoisonEventException.RULE_VIOLATION, Failures.APPLY_FAILED))
                .getResultList();
        return positions;
    }

    public long count(String consumer, boolean open) {
        return ((Number) entityManager.createNativeQuery("select count(*) from dead_letter where consumer = :consumer"
                + (open ? " and resolved_at is null" : ""))
                .setParameter("consumer", consumer).getSingleResult()).longValue();
    }

    /** A replay that applied the record, or found it applied already. */
    void resolve(UUID id, String resolution) {
        entityManager.createNativeQuery("""
                update dead_letter set resolved_at = now(), resolution = :resolution, replay_count = replay_count + 1,
                    last_replayed_at = now() where id = :id""")
                .setParameter("resolution", resolution).setParameter("id", id).executeUpdate();
    }

    /** A replay that failed again, with the reason of this attempt. */
    void stillFailing(UUID id, Failures.Classified failure) {
        entityManager.createNativeQuery("""
                update dead_letter set reason_code = :code, reason = :reason, replay_count = replay_count + 1,
                    last_replayed_at = now() where id = :id""")
                .setParameter("code", failure.code()).setParameter("reason", failure.reason()).setParameter("id", id).executeUpdate();
    }

    /** After a rebuild: dead letters whose event the rebuild applied (an upgraded consumer, say) are done. */
    int resolveApplied(String consumer) {
        return entityManager.createNativeQuery("""
                update dead_letter d set resolved_at = now(), resolution = :resolution
                where d.consumer = :consumer and d.resolved_at is null and d.event_id is not null
                  and exists (select 1 from processed_event p where p.consumer = d.consumer and p.event_id = d.event_id)""")
                .setParameter("resolution", APPLIED_BY_REBUILD).setParameter("consumer", consumer).executeUpdate();
    }

    private static final String SELECT = """
            select id, consumer, topic, kafka_partition, kafka_offset, record_key, event_id, event_type, reason_code, reason,
                %s, dead_lettered_at, replay_count, last_replayed_at, resolved_at, resolution
            from dead_letter""";

    private List<Row> rows(String consumer, String condition, UUID id, int page, int size, boolean withPayload) {
        var query = entityManager.createNativeQuery(SELECT.formatted(withPayload ? "payload" : "null::text")
                + " where consumer = :consumer" + condition + " order by dead_lettered_at, id limit :limit offset :offset")
                .setParameter("consumer", consumer).setParameter("limit", size).setParameter("offset", (long) page * size);
        if (id != null) {
            query.setParameter("id", id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        return result.stream().map(DeadLetters::row).toList();
    }

    private static Row row(Object[] r) {
        return new Row((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).longValue(),
                (String) r[5], (UUID) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                JdbcValues.offsetDateTime(r[11]), ((Number) r[12]).intValue(), JdbcValues.offsetDateTime(r[13]),
                JdbcValues.offsetDateTime(r[14]), (String) r[15]);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
