package io.partybranch.reporting.repository;

import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event of the change feed, as received; both branches of a transfer see it. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "({alias}.organization_id" + ScopeFilter.VISIBLE
        + " or {alias}.counterpart_id" + ScopeFilter.VISIBLE + ")")
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntityBase {
    @Id
    public long position;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(nullable = false)
    public String type;
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;
    @Column(name = "counterpart_id")
    public UUID counterpartId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String event;
}
