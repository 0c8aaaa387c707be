package io.partybranch.reporting.repository;

import io.partybranch.common.security.ScopeFilter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.branch_id" + ScopeFilter.VISIBLE)
@Table(name = "activity_view")
public class ActivityView extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "branch_id", nullable = false)
    public UUID branchId;
    @Column(nullable = false)
    public String type;
    @Column(nullable = false)
    public String status;
    @Column(name = "planned_for", nullable = false)
    public LocalDate plannedFor;
    @Column(name = "organization_id")
    public UUID organizationId;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Column(name = "expected_count")
    public Integer expectedCount;
    @Column(name = "present_count")
    public Integer presentCount;
    @Column(name = "attendance_rate", precision = 5, scale = 4)
    public BigDecimal attendanceRate;
    @Column(name = "quorum_met")
    public Boolean quorumMet;
    @Column(nullable = false)
    public long version;
    @Column(name = "last_event_at", nullable = false)
    public OffsetDateTime lastEventAt;
}
