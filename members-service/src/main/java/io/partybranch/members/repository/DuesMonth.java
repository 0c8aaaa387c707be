package io.partybranch.members.repository;

import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** A branch's dues of one month in figures: what reporting receives, never who paid what. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.organization_id" + ScopeFilter.VISIBLE)
@Table(name = "dues_month")
public class DuesMonth extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    /** First day of the month. */
    @Column(nullable = false)
    public LocalDate month;

    @Column(name = "members_billed", nullable = false)
    public int membersBilled;

    /** Billed nothing: 免交 approved. */
    @Column(name = "members_exempt", nullable = false)
    public int membersExempt;

    /** Whose bill of the month is paid in full (exempt members not included). */
    @Column(name = "members_paid", nullable = false)
    public int membersPaid;

    @Column(nullable = false)
    public BigDecimal billed;

    @Column(nullable = false)
    public BigDecimal paid;

    /** Members of the month with at least one month unpaid at its end. */
    @Column(name = "members_behind", nullable = false)
    public int membersBehind;

    /** Of those, six months or more (连续六个月不交纳党费). */
    @Column(name = "members_six_months_behind", nullable = false)
    public int membersSixMonthsBehind;

    /** Not a JPA version: it counts the published states, so reporting can refuse a stale one. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
