package io.partybranch.activities.repository;

import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import io.partybranch.common.audit.Audited;
import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.branch_id" + ScopeFilter.VISIBLE)
@Table(name = "activity")
public class Activity extends PanacheEntityBase implements Audited {
    @Id
    public UUID id;
    /** The branch, or for a group meeting the party group, that holds the activity. */
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;
    /** The branch everything is counted by (the group's branch for a group meeting). */
    @Column(name = "branch_id", nullable = false)
    public UUID branchId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityType type;
    @Column(nullable = false)
    public String title;
    @Column(name = "planned_for", nullable = false)
    public LocalDate plannedFor;
    public String place;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityStatus status;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Column(name = "start_time")
    public LocalTime startTime;
    @Column(name = "end_time")
    public LocalTime endTime;
    @Column(name = "host_member_id")
    public UUID hostMemberId;
    @Column(name = "recorder_member_id")
    public UUID recorderMemberId;
    public String speaker;
    /** JSON array of document titles. */
    public String documents;
    public String minutes;
    public String resolutions;
    /** JSON of the type-specific record (talk, pairing, decision). */
    public String details;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "expected_count")
    public Integer expectedCount;
    @Column(name = "present_count")
    public Integer presentCount;
    @Column(name = "attendance_rate", precision = 5, scale = 4)
    public BigDecimal attendanceRate;
    @Column(name = "voting_expected")
    public Integer votingExpected;
    @Column(name = "voting_present")
    public Integer votingPresent;
    @Column(name = "quorum_met")
    public Boolean quorumMet;
    @Version
    public long version;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Override
    public UUID auditOrganization() {
        return branchId;
    }
}
