package io.partybranch.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A system's subscription to the change feed. Not scoped by the organisation filter: it belongs to
 * the token subject that registered it, and carries the scope it was given (within that token's).
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String PAUSED = "PAUSED";

    @Id
    public UUID id;
    @Column(nullable = false)
    public String owner;
    @Column(nullable = false)
    public String url;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] types;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scope_districts")
    public String[] scopeDistricts;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "scope_roots")
    public UUID[] scopeRoots;
    @Column(name = "reveal_personal_data", nullable = false)
    public boolean revealPersonalData;
    @Column(nullable = false)
    public String secret;
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;
    @Column(nullable = false)
    public String status;
    @Column(nullable = false)
    public long position;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "head_failing_since")
    public OffsetDateTime headFailingSince;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public boolean unrestricted() {
        return scopeDistricts == null && scopeRoots == null;
    }
}
