package io.partybranch.reporting.repository;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.ScopeFilter;
import io.partybranch.reporting.domain.ReportingRule;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Filter;

@Entity
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = "{alias}.id" + ScopeFilter.VISIBLE)
@Table(name = "organization_view")
public class OrganizationView extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String type;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "district_code", nullable = false, columnDefinition = "bpchar")
    public String districtCode;
    /** The producer's version: an older state arriving late never overwrites a newer one. */
    @Column(nullable = false)
    public long version;
    @Column(name = "last_event_at", nullable = false)
    public OffsetDateTime lastEventAt;

    /**
     * The branch a branch-level figure is asked about: not found outside the caller's scope, refused
     * for a committee, general branch or party group, whose figures are the subtree's.
     */
    public static OrganizationView branch(UUID id) {
        OrganizationView organization = findById(id);
        if (organization == null) {
            throw ProblemException.notFound("Organization", id);
        }
        if (!organization.type.equals("BRANCH") && !organization.type.equals("JOINT_BRANCH")) {
            throw ProblemException.refused(ReportingRule.STATISTICS_NEED_BRANCH,
                    "Organisation " + id + " is a " + organization.type + "; its branches' figures are at /api/v1/statistics/organizations/"
                            + id + "/branches");
        }
        return organization;
    }
}
