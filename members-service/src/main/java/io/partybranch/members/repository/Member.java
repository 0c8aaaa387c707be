package io.partybranch.members.repository;

import io.partybranch.members.domain.Gender;
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

@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

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

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
