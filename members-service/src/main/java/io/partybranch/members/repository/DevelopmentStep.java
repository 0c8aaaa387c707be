package io.partybranch.members.repository;

import io.partybranch.common.audit.Audited;
import io.partybranch.common.security.ScopeFilter;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.DevelopmentStepKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Filter;

/** One dated step of a member's development file; a vote's figures when it came from a general meeting. */
@Entity
@Table(name = "development_step")
@Filter(name = ScopeFilter.NAME, deduceAliasInjectionPoints = false, condition = MemberScope.OF_MEMBER)
public class DevelopmentStep extends PanacheEntityBase implements Audited {

    public static final String PASSED = "PASSED";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;
    @Column(name = "member_id", nullable = false)
    public UUID memberId;
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DevelopmentStepKind kind;
    @Column(name = "done_on", nullable = false)
    public LocalDate doneOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    public String outcome;
    @Column(name = "done_by")
    public String doneBy;
    public String evidence;
    /** A training's class hours (学时), when stated. */
    @Column(name = "class_hours")
    public Integer classHours;
    @Column(name = "vote_id")
    public UUID voteId;
    @Column(name = "activity_id")
    public UUID activityId;
    @Column(name = "yes_votes")
    public Integer yes;
    @Column(name = "no_votes")
    public Integer no;
    public Integer abstentions;
    @Column(name = "voting_expected")
    public Integer votingExpected;
    /** Whether the step moved the member (a vote or approval that completed admission or conversion). */
    public boolean applied;
    /** Why a vote did not move the member, in English for the file's reader. */
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** A new step of the member's file in the member's branch, recorded now. */
    public static DevelopmentStep of(Member member, DevelopmentStepKind kind, LocalDate doneOn, String outcome, String doneBy,
            String recordedBy) {
        DevelopmentStep step = new DevelopmentStep();
        step.id = UUID.randomUUID();
        step.memberId = member.id;
        step.organizationId = member.organizationId;
        step.kind = kind;
        step.doneOn = doneOn;
        step.outcome = outcome;
        step.doneBy = doneBy;
        step.recordedBy = recordedBy;
        step.recordedAt = BusinessCalendar.now();
        return step;
    }

    public static List<DevelopmentStep> ofMember(UUID memberId) {
        return list("memberId = ?1 order by doneOn, recordedAt", memberId);
    }

    /** The latest step of the kind, or null. */
    public static DevelopmentStep latest(UUID memberId, DevelopmentStepKind kind) {
        return DevelopmentStep.<DevelopmentStep>find("memberId = ?1 and kind = ?2 order by doneOn desc, recordedAt desc", memberId, kind)
                .firstResult();
    }

    @Override
    public UUID auditOrganization() {
        return organizationId;
    }
}
