package io.partybranch.members.repository;

import io.partybranch.common.audit.Audited;
import io.partybranch.common.security.ScopeFilter;
import io.partybranch.members.domain.Education;
import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.PoliticalStatus;
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
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.organization_id" + ScopeFilter.VISIBLE)
@Table(name = "member")
public class Member extends PanacheEntityBase implements Audited {

    @Id
    public UUID id;

    /** The branch the member belongs to now. */
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_status", nullable = false)
    public PoliticalStatus politicalStatus;

    /** Effective date of the current status, which reports count by (records are often entered late). */
    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    /** The member's own unit when attached from another one (e.g. a kindergarten). */
    @Column(name = "own_unit")
    public String ownUnit;

    public String ethnicity;

    /** Key id and AES-GCM ciphertext; never the number itself. */
    @Column(name = "citizen_id_cipher")
    public String citizenIdCipher;

    /** Keyed hash of the number, for uniqueness and look-up without decrypting. */
    @Column(name = "citizen_id_hash")
    public String citizenIdHash;

    @Enumerated(EnumType.STRING)
    public Education education;

    @Column(name = "job_title")
    public String jobTitle;

    public String phone;

    // Dates of the development pipeline; each stays set once reached, so history is readable at a glance.
    @Column(name = "applied_on")
    public LocalDate appliedOn;

    @Column(name = "activist_since")
    public LocalDate activistSince;

    @Column(name = "candidate_since")
    public LocalDate candidateSince;

    /** 入党日期: the admission meeting; probation runs from here. */
    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "probation_ends_on")
    public LocalDate probationEndsOn;

    @Column(name = "probation_extended", nullable = false)
    public boolean probationExtended;

    /** 转正日期: party standing (党龄) counts from here. */
    @Column(name = "full_since")
    public LocalDate fullSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_state", nullable = false)
    public MembershipState membershipState = MembershipState.NORMAL;

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

    /** 党员责任区: the grade group or department this member looks after. */
    @Column(name = "responsibility_zone")
    public String responsibilityZone;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Override
    public UUID auditOrganization() {
        return organizationId;
    }
}
