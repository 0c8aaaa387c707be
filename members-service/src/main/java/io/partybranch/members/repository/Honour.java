package io.partybranch.members.repository;

import io.partybranch.common.audit.Audited;
import io.partybranch.common.security.ScopeFilter;
import io.partybranch.members.domain.HonourLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** An honour (表彰) of a member or organisation, or a sanction (处分) of a member. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "({alias}.organization_id" + ScopeFilter.VISIBLE
        + " or {alias}.member_id in (select m.id from member m where m.organization_id" + ScopeFilter.VISIBLE + "))")
@Table(name = "honour")
public class Honour extends PanacheEntityBase implements Audited {
    public static final String HONOUR = "HONOUR";
    public static final String SANCTION = "SANCTION";

    @Id
    public UUID id;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "organization_id")
    public UUID organizationId;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HonourLevel level;
    @Column(nullable = false)
    public int year;
    @Column(name = "awarded_by")
    public String awardedBy;
    @Column(name = "awarded_on")
    public LocalDate awardedOn;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The member's branch when the honour was recorded; only for the audit trail. */
    @Transient
    public UUID branchId;

    @Override
    public UUID auditOrganization() {
        return organizationId != null ? organizationId : branchId;
    }
}
