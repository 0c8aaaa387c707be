package io.partybranch.activities.repository;

import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** Local copy of an organisation, kept from members-service events. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.id" + ScopeFilter.VISIBLE)
@Table(name = "roster_organization")
public class RosterOrganization extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String type;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "district_code", columnDefinition = "bpchar")
    public String districtCode;
    @Column(nullable = false)
    public long version;

    public boolean isBranch() {
        return "BRANCH".equals(type) || "JOINT_BRANCH".equals(type);
    }

    public boolean isPartyGroup() {
        return "PARTY_GROUP".equals(type);
    }
}
