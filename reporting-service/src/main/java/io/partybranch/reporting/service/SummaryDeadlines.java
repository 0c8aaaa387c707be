package io.partybranch.reporting.service;

import io.partybranch.common.http.ETags;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.ReportingRule;
import io.partybranch.reporting.repository.OrganizationView;
import io.partybranch.reporting.repository.SummaryDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The deadlines superiors set for their branches' summaries, and where a period stands under an
 * organisation: per branch whether its summary is submitted, accepted, returned, late or missing.
 * A branch's deadline is the one set on its nearest ancestor (or itself) for the period, found
 * through the closure table; the period view is one paged statement, whatever the subtree's size.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SummaryDeadlines {

    /** The nearest deadline above a branch (alias b) for :period. */
    private static final String NEAREST_DEADLINE = """
            (select d.due_on from summary_deadline d join organization_closure up on up.ancestor_id = d.organization_id
             where up.descendant_id = b.id and d.period = :period order by up.depth limit 1)""";

    private static final String BRANCHES = """
            with branch as (
                select b.id, b.name, %s as due_on from organization_view b
                join organization_closure c on c.descendant_id = b.id
                where c.ancestor_id = :root and b.type in ('BRANCH', 'JOINT_BRANCH')
            ), standing as (
                select branch.id, branch.name, branch.due_on, s.id as summary_id, s.status, s.submissions, s.first_submitted_at,
                       s.first_submitted_at is not null and cast(s.first_submitted_at at time zone 'Asia/Shanghai' as date) > branch.due_on as late,
                       s.first_submitted_at is null and branch.due_on < :today as missing
                from branch left join work_summary s on s.branch_id = branch.id and s.period = :period
            )
            """
            .formatted(NEAREST_DEADLINE);

    @Inject
    EntityManager entityManager;

    @Inject
    SummaryRoles roles;

    /** One branch's place in a period's collection. */
    public record BranchStanding(UUID branchId, String branchName, LocalDate dueOn, UUID summaryId, String status, int submissions,
            OffsetDateTime firstSubmittedAt, boolean late, boolean missing) {
    }

    public record Totals(long branches, long drafts, long submitted, long accepted, long returned, long late, long missing,
            long notYetDue) {
    }

    public record PeriodStanding(UUID organizationId, String organizationName, String period, LocalDate dueOn, Totals totals,
            List<BranchStanding> branches, int page, int size) {
    }

    @Transactional
    public SummaryDeadline set(UUID organizationId, String periodName, LocalDate dueOn, String ifMatch) {
        OrganizationView organization = OrganizationView.findById(organizationId);
        if (organization == null) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        roles.requireSuperiorOf(organizationId, "set a deadline for its branches' summaries");
        if (organization.type.equals("BRANCH") || organization.type.equals("JOINT_BRANCH") || organization.type.equals("PARTY_GROUP")) {
            throw ProblemException.refused(ReportingRule.DEADLINE_NEEDS_SUPERIOR,
                    "Organisation " + organizationId + " is a " + organization.type);
        }
        Period.parse(periodName, null, null);
        SummaryDeadline.Key key = new SummaryDeadline.Key();
        key.organizationId = organizationId;
        key.period = periodName;
        SummaryDeadline deadline = SummaryDeadline.findById(key);
        if (deadline == null) {
            deadline = new SummaryDeadline();
            deadline.organizationId = organizationId;
            deadline.period = periodName;
        } else {
            ETags.requireMatch(ifMatch, deadline.version);
        }
        deadline.dueOn = dueOn;
        deadline.setBy = roles.subject();
        deadline.setAt = BusinessCalendar.now();
        deadline.persist();
        entityManager.flush();
        return deadline;
    }

    /** The deadline set on the branch's nearest superior for the period, or null. */
    public LocalDate dueOn(UUID branchId, String period) {
        List<?> due = entityManager.createNativeQuery("select " + NEAREST_DEADLINE.replace("b.id", ":branch"))
                .setParameter("branch", branchId).setParameter("period", period).getResultList();
        return due.isEmpty() || due.get(0) == null ? null : date(due.get(0));
    }

    /** Late is a first submission made after the deadline's day ended, in business time. */
    public static boolean late(OffsetDateTime firstSubmittedAt, LocalDate dueOn) {
        return firstSubmittedAt != null && dueOn != null
                && firstSubmittedAt.atZoneSameInstant(BusinessCalendar.ZONE).toLocalDate().isAfter(dueOn);
    }

    public PeriodStanding standing(UUID organizationId, String periodName, int page, int size) {
        OrganizationView organization = OrganizationView.findById(organizationId);
        if (organization == null) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        Period.parse(periodName, null, null);
        LocalDate today = BusinessCalendar.today();
        Object[] totals = (Object[]) entityManager.createNativeQuery(BRANCHES + """
                select count(*), count(*) filter (where status = 'DRAFT'), count(*) filter (where status = 'SUBMITTED'),
                       count(*) filter (where status = 'ACCEPTED'), count(*) filter (where status = 'RETURNED'),
                       count(*) filter (where late), count(*) filter (where missing),
                       count(*) filter (where first_submitted_at is null and not coalesce(missing, false))
                from standing""").setParameter("root", organizationId).setParameter("period", periodName).setParameter("today", today)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        BRANCHES + """
                                select id, name, due_on, summary_id, status, submissions, first_submitted_at, coalesce(late, false), coalesce(missing, false)
                                from standing order by name, id limit :size offset :offset""")
                .setParameter("root", organizationId).setParameter("period", periodName).setParameter("today", today)
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        List<BranchStanding> branches = rows.stream().map(r -> new BranchStanding((UUID) r[0], (String) r[1],
                date(r[2]), (UUID) r[3], r[4] == null ? "NOT_STARTED" : (String) r[4],
                r[5] == null ? 0 : ((Number) r[5]).intValue(), offset(r[6]), (Boolean) r[7], (Boolean) r[8])).toList();
        return new PeriodStanding(organizationId, organization.name, periodName, dueOn(organizationId, periodName),
                new Totals(n(totals[0]), n(totals[1]), n(totals[2]), n(totals[3]), n(totals[4]), n(totals[5]), n(totals[6]), n(totals[7])),
                branches, page, size);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case Date date -> date.toLocalDate();
            default -> throw new IllegalStateException("unexpected date " + value.getClass());
        };
    }

    private static OffsetDateTime offset(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime time -> time;
            case Instant instant -> instant.atOffset(ZoneOffset.UTC);
            case Timestamp timestamp -> timestamp.toInstant().atOffset(ZoneOffset.UTC);
            default -> throw new IllegalStateException("unexpected timestamp " + value.getClass());
        };
    }
}
