package io.partybranch.members.repository;

import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** Structural changes of an organisation (created, moved, renamed, closed), dated. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.organization_id" + ScopeFilter.VISIBLE)
@Table(name = "organization_history")
public class OrganizationHistory extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;
    @Column(nullable = false)
    public String change;
    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;
    @Column(name = "from_parent_id")
    public UUID fromParentId;
    @Column(name = "to_parent_id")
    public UUID toParentId;
    @Column(nullable = false)
    public String name;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
