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
 */
@Entity
@Table(name = "outbox_event")
// Declared here because every service's persistence unit contains this entity; see ScopeFilter.
@org.hibernate.annotations.FilterDef(name = io.partybranch.common.security.ScopeFilter.NAME, applyToLoadByKey = true,
        parameters = @org.hibernate.annotations.ParamDef(name = io.partybranch.common.security.ScopeFilter.PARAMETER, type = java.util.UUID.class))
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
}
