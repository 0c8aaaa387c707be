package io.partybranch.reporting.repository;

import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.organization_id" + ScopeFilter.VISIBLE)
@Table(name = "member_view")
public class MemberView extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;
    @Column(nullable = false)
    public String gender;
    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;
    @Column(name = "political_status", nullable = false)
    public String politicalStatus;
    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;
    @Column(name = "own_unit")
    public String ownUnit;
    @Column(name = "full_name")
    public String fullName;
    public String ethnicity;
    public String education;
    @Column(name = "applied_on")
    public LocalDate appliedOn;
    @Column(name = "activist_since")
    public LocalDate activistSince;
    @Column(name = "candidate_since")
    public LocalDate candidateSince;
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    @Column(name = "probation_ends_on")
    public LocalDate probationEndsOn;
    @Column(name = "full_since")
    public LocalDate fullSince;
    @Column(name = "membership_state", nullable = false)
    public String membershipState = "NORMAL";
    @Column(name = "state_since")
    public LocalDate stateSince;
    @Column(nullable = false)
    public boolean flowing;
    @Column(name = "lost_contact", nullable = false)
    public boolean lostContact;
    @Column(nullable = false)
    public boolean retired;
    @Column(name = "party_group_id")
    public UUID partyGroupId;
    @Column(nullable = false)
    public long version;
    @Column(name = "last_event_at", nullable = false)
    public OffsetDateTime lastEventAt;
}
