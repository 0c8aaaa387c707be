package io.partybranch.common.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event waiting for (or done with) publication. Written in the business transaction;
 * {@code publishedAt} stays null until the broker acknowledged it, so a crash at any point
 * leaves the event to be sent again (consumers deduplicate by event id).
 * {@code occurredAt} is business time (movable by configuration); {@code recordedAt} is the database's clock.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Insertion order; the relay publishes in this order so one key's events stay ordered. */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long seq;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String subject;

    @Column(name = "partition_key", nullable = false)
    public String partitionKey;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** Wall-clock time of the insert, by the database: the backlog's age is measured from it. */
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    /** Set when the broker will never take the row (too large, refused): it and its key's later rows wait for an operator. */
    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    @Column(name = "parked_reason")
    public String parkedReason;
}
