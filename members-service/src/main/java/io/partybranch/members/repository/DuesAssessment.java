package io.partybranch.members.repository;

import io.partybranch.common.audit.Audited;
import io.partybranch.common.security.ScopeFilter;
import io.partybranch.members.domain.DuesCategory;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** 党费基数核定: a member's category and income for a year, from a month on. Rows are never changed: an adjustment is a new row. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = MemberScope.OF_MEMBER)
@Table(name = "dues_assessment")
public class DuesAssessment extends PanacheEntityBase implements Audited {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    /** The member's branch when it was recorded. */
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(nullable = false)
    public int year;

    @Column(name = "from_month", nullable = false)
    public int fromMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DuesCategory category;

    /** Key id and AES-GCM ciphertext of the after-tax monthly income; absent for fixed-amount categories. */
    @Column(name = "income_cipher")
    public String incomeCipher;

    @Column(name = "monthly_amount", nullable = false)
    public BigDecimal monthlyAmount;

    /** Absent for fixed amounts. */
    public BigDecimal rate;

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
