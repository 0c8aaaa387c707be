package io.partybranch.activities.repository;

import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** Local copy of a member's branch and standing, kept from members-service events. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.organization_id" + ScopeFilter.VISIBLE)
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
    @Column(name = "full_name")
    public String fullName;
    /** Admission (入党): a party member, expected at branch meetings, from this date. */
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    /** Conversion (转正): may vote from this date. */
    @Column(name = "full_since")
    public LocalDate fullSince;
    @Column(name = "membership_state", nullable = false)
    public String membershipState = "NORMAL";
    @Column(name = "state_since")
    public LocalDate stateSince;
    @Column(name = "party_group_id")
    public UUID partyGroupId;
    @Column(nullable = false)
    public long version;
}
