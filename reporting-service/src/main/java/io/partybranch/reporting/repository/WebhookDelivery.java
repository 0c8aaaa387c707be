package io.partybranch.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One attempt to deliver one event to one subscription: the delivery log. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
    public static final String PARKED = "PARKED";
    public static final String REPLAYED = "REPLAYED";

    @Id
    public UUID id;
    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(nullable = false)
    public long position;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(nullable = false)
    public int attempt;
    @Column(name = "attempted_at", nullable = false)
    public OffsetDateTime attemptedAt;
    @Column(name = "status_code")
    public Integer statusCode;
    @Column(name = "latency_ms", nullable = false)
    public long latencyMs;
    @Column(nullable = false)
    public String outcome;
    public String error;
}
