package io.partybranch.members.repository;

import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/**
 * One month's dues of one member. Not audited row by row: its amount changes are in dues_history,
 * and paid / settledOn are derived from the payments, which are audited.
 */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = MemberScope.OF_MEMBER)
@Table(name = "dues_bill")
public class DuesBill extends PanacheEntityBase {

    /** The amount came from the assessment in force. */
    public static final String BASIS_ASSESSMENT = "ASSESSMENT";
    /** The amount came from an approved exemption or reduction. */
    public static final String BASIS_EXEMPTION = "EXEMPTION";

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    /** The branch the member belonged to when the bill was issued; its month figures count it. */
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    /** First day of the month. */
    @Column(nullable = false)
    public LocalDate month;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String basis;

    @Column(nullable = false)
    public BigDecimal paid = BigDecimal.ZERO;

    @Column(name = "settled_on")
    public LocalDate settledOn;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Version
    public long version;
}
