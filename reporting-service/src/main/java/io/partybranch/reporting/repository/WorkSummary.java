package io.partybranch.reporting.repository;

import io.partybranch.common.security.ScopeFilter;
import io.partybranch.reporting.domain.SummaryStatus;
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

/** A branch's work summary for one period as it stands now; JSON texts are read and written by mapping/SummaryContents. */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.branch_id" + ScopeFilter.VISIBLE)
@Table(name = "work_summary")
public class WorkSummary extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "branch_id", nullable = false)
    public UUID branchId;
    @Column(nullable = false)
    public String period;
    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SummaryStatus status;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String closing;
    @Column(nullable = false)
    public String generated;
    @Column(nullable = false)
    public String figures;
    @Column(name = "figures_as_of")
    public OffsetDateTime figuresAsOf;
    @Column(nullable = false)
    public String narratives;
    @Column(nullable = false)
    public int submissions;
    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
