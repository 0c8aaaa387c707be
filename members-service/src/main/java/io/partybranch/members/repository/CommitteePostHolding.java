package io.partybranch.members.repository;

import io.partybranch.common.audit.Audited;
import io.partybranch.common.security.ScopeFilter;
import io.partybranch.members.domain.CommitteePost;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** A member holding a post from one date to another (open while toDate is null). */
@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.committee_id in (select c.id from committee c where c.branch_id"
        + ScopeFilter.VISIBLE + ")")
@Table(name = "committee_post")
public class CommitteePostHolding extends PanacheEntityBase implements Audited {
    @Id
    public UUID id;
    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;
    @Column(name = "branch_id", nullable = false)
    public UUID branchId;
    @Column(name = "member_id", nullable = false)
    public UUID memberId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitteePost post;
    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;

    @Override
    public UUID auditOrganization() {
        return branchId;
    }
}
