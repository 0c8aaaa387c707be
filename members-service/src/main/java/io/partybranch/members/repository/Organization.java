package io.partybranch.members.repository;

import io.partybranch.common.audit.Audited;
import io.partybranch.common.security.ScopeFilter;
import io.partybranch.members.domain.OrganizationType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.id" + ScopeFilter.VISIBLE)
@Table(name = "organization")
public class Organization extends PanacheEntityBase implements Audited {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganizationType type;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "district_code", nullable = false, columnDefinition = "bpchar")
    public String districtCode;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** Set when the organisation was closed (撤销); closed ones stay for history and reports. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Override
    public UUID auditOrganization() {
        return id;
    }
}
