package io.partybranch.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An event a subscription's receiver refused for longer than the retries last: set aside, replayable. */
@Entity
@Table(name = "webhook_parked")
public class WebhookParked extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;
    @Column(nullable = false)
    public long position;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(name = "parked_at", nullable = false)
    public OffsetDateTime parkedAt;
    @Column(nullable = false)
    public String reason;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "replayed_at")
    public OffsetDateTime replayedAt;
}
