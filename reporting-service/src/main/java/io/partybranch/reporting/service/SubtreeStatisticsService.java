package io.partybranch.reporting.service;

import io.partybranch.reporting.domain.Rates;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.reporting.domain.Labels;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.repository.OrganizationView;
import io.partybranch.reporting.rest.model.PeriodStatistics.Compliance;
import io.partybranch.reporting.rest.model.SubtreeStatistics;
import io.partybranch.reporting.rest.model.SubtreeStatistics.BranchFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToLongFunction;

/** Branch rows of a subtree or district, from the monthly pre-aggregates only (and each branch's current committee). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubtreeStatisticsService {

    private static final Comparator<BranchFigures> BY_MERIT = Comparator
            .comparing(BranchFigures::complianceRate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(BranchFigures::attendanceRate, Comparator.nullsLast(Comparator.reverseOrder()));

    @Inject
    EntityManager entityManager;

    @Inject
    ComplianceService complianceService;

    public SubtreeStatistics forSubtree(UUID rootId, Period period) {
        OrganizationView root = OrganizationView.findById(rootId);
        if (root == null) {
            throw ProblemException.notFound("Organization", rootId);
        }
        Map<UUID, String> branches = branchesUnder(rootId);
        Scope scope = new Scope(branches.keySet(), period.from().withDayOfMonth(1), period.to().withDayOfMonth(1));
        Monthly monthly = branches.isEmpty() ? Monthly.NONE : read(scope);
        Map<UUID, Compliance> compliance = complianceService.forBranches(branches.keySet(), period);
        Map<UUID, long[]> due = branches.isEmpty() ? Map.of() : due(branches.keySet(), period.to());
        List<BranchFigures> ranked = rank(branches, monthly, compliance, due);
        return new SubtreeStatistics(root.id, root.name, period.from(), period.to(), period.label(), ranked, totals(ranked, monthly),
                shortfalls(ranked, compliance), branches.isEmpty() ? List.of() : termsEnding(branches, period.to()),
                branches.isEmpty() ? root.lastEventAt : asOf(scope, rootId));
    }

    /** The root was found through the scope filter; everything under a visible organisation is visible. */
    private Map<UUID, String> branchesUnder(UUID rootId) {
        Map<UUID, String> branches = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                with recursive subtree as (
                    select id, name, type from organization_view where id = :root
                    union all
                    select o.id, o.name, o.type from organization_view o join subtree s on o.parent_id = s.id
                )
                select id, name from subtree where type in ('BRANCH', 'JOINT_BRANCH') order by name, id""")
                .setParameter("root", rootId).getResultList();
        rows.forEach(row -> branches.put((UUID) row[0], (String) row[1]));
        return branches;
    }

    /** The branches and the whole months a period covers. */
    private record Scope(java.util.Set<UUID> branches, LocalDate firstMonth, LocalDate lastMonth) {
    }

    /** What the monthly tables say of the period, per branch and over the subtree. */
    private record Monthly(Map<UUID, long[]> stock, Map<UUID, long[]> flows, Map<UUID, Map<String, Long>> activities,
            Map<UUID, long[]> attendance, Map<String, Map<String, Long>> breakdown, Map<UUID, Long> honours,
            Map<String, Long> honoursByLevel, long sanctions, Map<String, Long> grades, Map<UUID, long[]> trust) {
        static final Monthly NONE = new Monthly(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0, Map.of(), Map.of());
    }

    private Monthly read(Scope scope) {
        Map<UUID, long[]> stock = new HashMap<>();
        // Stock carries forward from the latest month computed: a month with no event may have no row of its own.
        for (Object[] row : rows(scope, """
                select distinct on (branch_id) branch_id, full_members, probationary, candidates, activists, applicants, attached
                from member_month where branch_id in (:b) and month <= :last order by branch_id, month desc""")) {
            stock.put((UUID) row[0], longs(row));
        }
        Map<UUID, long[]> flows = new HashMap<>();
        for (Object[] row : rows(scope, """
                select branch_id, sum(joined), sum(converted), sum(transfers_in), sum(transfers_out)
                from member_month where branch_id in (:b) and month between :first and :last group by branch_id""")) {
            flows.put((UUID) row[0], longs(row));
        }
        Map<UUID, Map<String, Long>> activities = new HashMap<>();
        Map<UUID, long[]> attendance = new HashMap<>();
        for (Object[] row : rows(scope, """
                select branch_id, type, sum(held), sum(expected), sum(present)
                from activity_month where branch_id in (:b) and month between :first and :last group by branch_id, type""")) {
            UUID branch = (UUID) row[0];
            activities.computeIfAbsent(branch, b -> new TreeMap<>()).put((String) row[1], ((Number) row[2]).longValue());
            long[] sums = attendance.computeIfAbsent(branch, b -> new long[2]);
            sums[0] += ((Number) row[3]).longValue();
            sums[1] += ((Number) row[4]).longValue();
        }
        Map<String, Map<String, Long>> breakdown = new TreeMap<>();
        // Read at the same month-end as each branch's stock.
        for (Object[] row : rows(scope, """
                select d.dimension, d.value, sum(d.count) from member_month_breakdown d
                join (select branch_id, max(month) as month from member_month where branch_id in (:b) and month <= :last
                      group by branch_id) latest on latest.branch_id = d.branch_id and latest.month = d.month
                group by d.dimension, d.value""")) {
            breakdown.computeIfAbsent((String) row[0], d -> new TreeMap<>()).put((String) row[1], ((Number) row[2]).longValue());
        }
        Map<UUID, Long> honours = new HashMap<>();
        Map<String, Long> honoursByLevel = new TreeMap<>();
        long sanctions = 0;
        for (Object[] row : rows(scope, """
                select branch_id, kind, level, sum(count) from honour_month where branch_id in (:b) and month between :first and :last
                group by branch_id, kind, level""")) {
            long count = ((Number) row[3]).longValue();
            if ("SANCTION".equals(row[1])) {
                sanctions += count;
            } else {
                honours.merge((UUID) row[0], count, Long::sum);
                honoursByLevel.merge((String) row[2], count, Long::sum);
            }
        }
        Map<String, Long> grades = new TreeMap<>();
        for (Object[] row : rows(scope, """
                select grade, sum(count) from evaluation_month where branch_id in (:b) and month between :first and :last
                group by grade""")) {
            grades.put((String) row[0], ((Number) row[1]).longValue());
        }
        Map<UUID, long[]> trust = new HashMap<>();
        for (Object[] row : rows(scope, """
                select branch_id, sum(ballots), sum(trusted) from trust_month where branch_id in (:b) and month between :first and :last
                group by branch_id""")) {
            trust.put((UUID) row[0], longs(row));
        }
        return new Monthly(stock, flows, activities, attendance, breakdown, honours, honoursByLevel, sanctions, grades, trust);
    }

    /** Ranked by compliance, then attendance; equal rates share a rank, and names break the tie in the listing. */
    private static List<BranchFigures> rank(Map<UUID, String> branches, Monthly monthly, Map<UUID, Compliance> compliance,
            Map<UUID, long[]> due) {
        List<BranchFigures> rows = new ArrayList<>();
        for (Map.Entry<UUID, String> branch : branches.entrySet()) {
            UUID id = branch.getKey();
            long[] s = monthly.stock().getOrDefault(id, new long[6]);
            long[] f = monthly.flows().getOrDefault(id, new long[4]);
            long[] a = monthly.attendance().getOrDefault(id, new long[2]);
            long[] t = monthly.trust().getOrDefault(id, new long[2]);
            long[] d = due.getOrDefault(id, new long[2]);
            Compliance c = compliance.get(id);
            rows.add(new BranchFigures(0, id, branch.getValue(), s[0] + s[1], s[1], s[2], s[3], s[5], f[0], f[1], f[2], f[3],
                    monthly.activities().getOrDefault(id, Map.of()), a[0], a[1], Rates.rate(a[1], a[0]), c.met(), c.required(),
                    c.rate(), d[0], d[1], monthly.honours().getOrDefault(id, 0L), t[0], t[1], Rates.rate(t[1], t[0])));
        }
        rows.sort(BY_MERIT.thenComparing(BranchFigures::branchName).thenComparing(BranchFigures::branchId));
        List<BranchFigures> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BranchFigures row = rows.get(i);
            int rank = i > 0 && BY_MERIT.compare(rows.get(i - 1), row) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new BranchFigures(rank, row.branchId(), row.branchName(), row.partyMembers(), row.probationary(), row.candidates(),
                    row.activists(), row.attached(), row.joined(), row.converted(), row.transfersIn(), row.transfersOut(), row.activities(),
                    row.expected(), row.present(), row.attendanceRate(), row.complianceMet(), row.complianceRequired(), row.complianceRate(),
                    row.activistsPastAYear(), row.conversionsLate(), row.honours(), row.trustBallots(), row.trusted(), row.trustRate()));
        }
        return ranked;
    }

    private static List<SubtreeStatistics.Shortfall> shortfalls(List<BranchFigures> ranked, Map<UUID, Compliance> compliance) {
        List<SubtreeStatistics.Shortfall> fallingShort = new ArrayList<>();
        for (BranchFigures row : ranked) {
            Compliance c = compliance.get(row.branchId());
            if (c.met() < c.required()) {
                List<SubtreeStatistics.MissedUnit> missed = new ArrayList<>();
                c.cadences().forEach(cadence -> cadence.units().stream().filter(unit -> !unit.met()).forEach(unit -> missed.add(
                        new SubtreeStatistics.MissedUnit(cadence.type(), Labels.of(Labels.ACTIVITY_TYPES, cadence.type()),
                                cadence.partyGroupId(), unit.unit()))));
                fallingShort.add(new SubtreeStatistics.Shortfall(row.branchId(), row.branchName(), row.complianceRate(), missed));
            }
        }
        return fallingShort;
    }

    /**
     * Per branch, what the pipeline says is overdue on the day: activists past a year, conversions late. Read from the
     * current member rows at those two stages only (what falls due depends on the day asked about, so it has no monthly
     * aggregate), with the pipeline's own rule.
     */
    private static Map<UUID, long[]> due(java.util.Set<UUID> branches, LocalDate day) {
        Map<UUID, long[]> due = new HashMap<>();
        for (io.partybranch.reporting.repository.MemberView person : PipelineService.dueAtSomeStage(branches)) {
            for (io.partybranch.reporting.rest.model.Pipeline.Alert alert : PipelineService.alerts(person, day)) {
                int index = switch (alert.kind()) {
                    case "ACTIVIST_PAST_A_YEAR" -> 0;
                    case "CONVERSION_LATE" -> 1;
                    default -> -1;
                };
                if (index >= 0) {
                    due.computeIfAbsent(person.organizationId, b -> new long[2])[index]++;
                }
            }
        }
        return due;
    }

    /** Committee terms read as the pipeline reads them, on the period's last day: one current committee per branch. */
    private List<SubtreeStatistics.TermEnding> termsEnding(Map<UUID, String> branches, LocalDate day) {
        List<SubtreeStatistics.TermEnding> terms = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select branch_id, elected_on, term_ends_on from committee_view
                where branch_id in (:b) and elected_on <= :day and (ended_on is null or ended_on > :day)
                order by term_ends_on, branch_id""").setParameter("b", branches.keySet()).setParameter("day", day).getResultList();
        for (Object[] row : rows) {
            LocalDate ends = JdbcValues.localDate(row[2]);
            String kind = PipelineService.termKind(ends, day);
            if (kind != null) {
                UUID branch = (UUID) row[0];
                terms.add(new SubtreeStatistics.TermEnding(branch, branches.get(branch), JdbcValues.localDate(row[1]), ends, kind,
                        PipelineService.TERM_LABELS.get(kind)));
            }
        }
        return terms;
    }

    private OffsetDateTime asOf(Scope scope, UUID rootId) {
        return JdbcValues.offsetDateTime(entityManager.createNativeQuery("""
                select max(t) from (
                    select max(last_event_at) t from member_month where branch_id in (:b)
                    union all select max(last_event_at) from activity_month where branch_id in (:b)
                    union all select max(last_event_at) from honour_month where branch_id in (:b)
                    union all select max(last_event_at) from evaluation_month where branch_id in (:b)
                    union all select max(last_event_at) from committee_view where branch_id in (:b)
                    union all select max(last_event_at) from organization_view where id in (:b) or id = :root
                ) aggregates""").setParameter("b", scope.branches()).setParameter("root", rootId).getSingleResult());
    }

    private static SubtreeStatistics.Totals totals(List<BranchFigures> rows, Monthly monthly) {
        Map<String, Long> activities = new TreeMap<>();
        rows.forEach(row -> row.activities().forEach((type, held) -> activities.merge(type, held, Long::sum)));
        long met = sum(rows, BranchFigures::complianceMet);
        long required = sum(rows, BranchFigures::complianceRequired);
        // Rates over the subtree are recomputed from their parts, never averaged over branches.
        return new SubtreeStatistics.Totals(rows.size(), sum(rows, BranchFigures::partyMembers), sum(rows, BranchFigures::probationary),
                sum(rows, BranchFigures::candidates), sum(rows, BranchFigures::activists), sum(rows, BranchFigures::attached),
                sum(rows, BranchFigures::joined), sum(rows, BranchFigures::converted), sum(rows, BranchFigures::transfersIn),
                sum(rows, BranchFigures::transfersOut), sum(rows, BranchFigures::activistsPastAYear), sum(rows, BranchFigures::conversionsLate),
                monthly.breakdown(), activities,
                Rates.rate(sum(rows, BranchFigures::present), sum(rows, BranchFigures::expected)), met, required,
                Rates.rate(met, required),
                new SubtreeStatistics.Recognition(monthly.honoursByLevel(), monthly.sanctions(), monthly.grades()),
                Rates.rate(sum(rows, BranchFigures::trusted), sum(rows, BranchFigures::trustBallots)));
    }

    private static long sum(List<BranchFigures> rows, ToLongFunction<BranchFigures> figure) {
        return rows.stream().mapToLong(figure).sum();
    }

    /** The numbers after a row's leading branch id. */
    private static long[] longs(Object[] row) {
        long[] values = new long[row.length - 1];
        for (int i = 1; i < row.length; i++) {
            values[i - 1] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Scope scope, String sql) {
        var query = entityManager.createNativeQuery(sql).setParameter("b", scope.branches()).setParameter("last", scope.lastMonth());
        if (sql.contains(":first")) {
            query.setParameter("first", scope.firstMonth());
        }
        return query.getResultList();
    }
}
