package io.partybranch.members.repository;

import io.partybranch.common.audit.Audited;
import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** One elected term of a branch committee; a new election ends the previous term. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.branch_id" + ScopeFilter.VISIBLE)
@Table(name = "committee")
public class Committee extends PanacheEntityBase implements Audited {
    @Id
    public UUID id;
    @Column(name = "branch_id", nullable = false)
    public UUID branchId;
    @Column(name = "elected_on", nullable = false)
    public LocalDate electedOn;
    @Column(name = "term_years", nullable = false)
    public int termYears;
    @Column(name = "term_ends_on", nullable = false)
    public LocalDate termEndsOn;
    /** When the next election replaced it; null while current. */
    @Column(name = "ended_on")
    public LocalDate endedOn;
    @Version
    public long version;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Override
    public UUID auditOrganization() {
        return branchId;
    }
}
