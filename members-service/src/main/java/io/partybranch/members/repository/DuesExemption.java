package io.partybranch.members.repository;

import io.partybranch.common.audit.Audited;
import io.partybranch.common.security.ScopeFilter;
import io.partybranch.members.domain.DuesExemptionKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** 免交 or 少交 for a run of months, as the higher committee approved it. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = MemberScope.OF_MEMBER)
@Table(name = "dues_exemption")
public class DuesExemption extends PanacheEntityBase implements Audited {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    /** First day of the first month. */
    @Column(name = "from_month", nullable = false)
    public LocalDate fromMonth;

    /** First day of the last month. */
    @Column(name = "to_month", nullable = false)
    public LocalDate toMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DuesExemptionKind kind;

    /** What is due each month meanwhile: zero when exempt. */
    @Column(name = "monthly_amount", nullable = false)
    public BigDecimal monthlyAmount;

    @Column(name = "approved_by", nullable = false)
    public String approvedBy;

    @Column(name = "approved_on", nullable = false)
    public LocalDate approvedOn;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Override
    public UUID auditOrganization() {
        return organizationId;
    }
}
