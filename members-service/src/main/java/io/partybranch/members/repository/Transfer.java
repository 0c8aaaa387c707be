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

/** 组织关系转接: an introduction letter and what became of it. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "({alias}.from_branch_id" + ScopeFilter.VISIBLE
        + " or {alias}.to_branch_id" + ScopeFilter.VISIBLE + ")")
@Table(name = "transfer")
public class Transfer extends PanacheEntityBase implements Audited {

    public static final String OUT = "OUT";
    public static final String IN_EXTERNAL = "IN_EXTERNAL";
    public static final String ISSUED = "ISSUED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String REJECTED = "REJECTED";
    public static final String EXPIRED = "EXPIRED";

    @Id
    public UUID id;
    @Column(name = "member_id", nullable = false)
    public UUID memberId;
    @Column(nullable = false)
    public String direction;
    @Column(name = "from_branch_id")
    public UUID fromBranchId;
    /** Destination on this platform; null when it is an outside unit. */
    @Column(name = "to_branch_id")
    public UUID toBranchId;
    /** The outside unit: destination of an OUT transfer, or origin of an IN_EXTERNAL one. */
    @Column(name = "external_unit")
    public String externalUnit;
    @Column(name = "across_provinces", nullable = false)
    public boolean acrossProvinces;
    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;
    @Column(nullable = false)
    public String status;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    public String reason;
    @Version
    public long version;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** An issued letter past its validity has expired, whether or not anyone looked at it since. */
    public String effectiveStatus(LocalDate today) {
        return ISSUED.equals(status) && validUntil.isBefore(today) ? EXPIRED : status;
    }

    @Override
    public UUID auditOrganization() {
        return fromBranchId != null ? fromBranchId : toBranchId;
    }
}
