package io.partybranch.activities.repository;

import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Filter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** Local copy of a member's branch and standing, kept from members-service events. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false,
        condition = "{alias}.organization_id in (:organizationIds)")
@Table(name = "roster_member")
public class RosterMember extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;
    @Column(name = "political_status", nullable = false)
    public String politicalStatus;
    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;
    @Column(nullable = false)
    public long version;
}
