package io.partybranch.reporting.service;

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

/** Branch rows of a subtree or district, from activity_month and member_month only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubtreeStatisticsService {

    @Inject
    EntityManager entityManager;

    @Inject
    ComplianceService complianceService;

    public SubtreeStatistics forSubtree(UUID rootId, Period period) {
        OrganizationView root = OrganizationView.findById(rootId);
        if (root == null) {
            throw ProblemException.notFound("Organization", rootId);
        }
        // The root was found through the scope filter; everything under a visible organisation is visible.
        Map<UUID, String> branches = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> branchRows = entityManager.createNativeQuery("""
                with recursive subtree as (
                    select id, name, type from organization_view where id = :root
                    union all
                    select o.id, o.name, o.type from organization_view o join subtree s on o.parent_id = s.id
                )
                select id, name from subtree where type in ('BRANCH', 'JOINT_BRANCH') order by name, id""")
                .setParameter("root", rootId).getResultList();
        branchRows.forEach(row -> branches.put((UUID) row[0], (String) row[1]));

        LocalDate firstMonth = period.from().withDayOfMonth(1);
        LocalDate lastMonth = period.to().withDayOfMonth(1);
        Map<UUID, long[]> stock = new HashMap<>();
        Map<UUID, long[]> flows = new HashMap<>();
        Map<UUID, Map<String, Long>> activities = new HashMap<>();
        Map<UUID, long[]> attendance = new HashMap<>();
        OffsetDateTime asOf = null;
        if (!branches.isEmpty()) {
            // Stock carries forward from the latest month computed: a month with no event has no row of its own.
            for (Object[] row : rows("""
                    select distinct on (branch_id) branch_id, full_members, probationary, candidates, activists, applicants, attached
                    from member_month where branch_id in (:b) and month <= :last order by branch_id, month desc""", branches, firstMonth, lastMonth)) {
                stock.put((UUID) row[0], longs(row, 1));
            }
            for (Object[] row : rows("""
                    select branch_id, sum(joined), sum(converted), sum(transfers_in), sum(transfers_out)
                    from member_month where branch_id in (:b) and month between :first and :last group by branch_id""", branches, firstMonth, lastMonth)) {
                flows.put((UUID) row[0], longs(row, 1));
            }
            for (Object[] row : rows("""
                    select branch_id, type, sum(held), sum(expected), sum(present)
                    from activity_month where branch_id in (:b) and month between :first and :last group by branch_id, type""", branches, firstMonth, lastMonth)) {
                UUID branch = (UUID) row[0];
                activities.computeIfAbsent(branch, b -> new TreeMap<>()).put((String) row[1], ((Number) row[2]).longValue());
                long[] sums = attendance.computeIfAbsent(branch, b -> new long[2]);
                sums[0] += ((Number) row[3]).longValue();
                sums[1] += ((Number) row[4]).longValue();
            }
            Object latest = entityManager.createNativeQuery("""
                    select max(t) from (
                        select max(last_event_at) t from member_month where branch_id in (:b)
                        union all select max(last_event_at) from activity_month where branch_id in (:b)
                        union all select max(last_event_at) from organization_view where id in (:b) or id = :root
                    ) aggregates""").setParameter("b", branches.keySet()).setParameter("root", rootId).getSingleResult();
            asOf = JdbcValues.offsetDateTime(latest);
        }
        Map<String, Map<String, Long>> breakdown = new TreeMap<>();
        if (!branches.isEmpty()) {
            // The month each branch's stock is read at (its latest computed month-end), for every dimension.
            for (Object[] row : rows("""
                    select d.dimension, d.value, sum(d.count) from member_month_breakdown d
                    join (select branch_id, max(month) as month from member_month where branch_id in (:b) and month <= :last
                          group by branch_id) latest on latest.branch_id = d.branch_id and latest.month = d.month
                    group by d.dimension, d.value""", branches, firstMonth, lastMonth)) {
                breakdown.computeIfAbsent((String) row[0], d -> new TreeMap<>()).put((String) row[1], ((Number) row[2]).longValue());
            }
        }
        Map<UUID, Long> honours = new HashMap<>();
        Map<String, Long> honoursByLevel = new TreeMap<>();
        long sanctions = 0;
        Map<String, Long> grades = new TreeMap<>();
        Map<UUID, long[]> trust = new HashMap<>();
        if (!branches.isEmpty()) {
            for (Object[] row : rows("""
                    select branch_id, kind, level, sum(count) from honour_month where branch_id in (:b) and month between :first and :last
                    group by branch_id, kind, level""", branches, firstMonth, lastMonth)) {
                long count = ((Number) row[3]).longValue();
                if ("SANCTION".equals(row[1])) {
                    sanctions += count;
                } else {
                    honours.merge((UUID) row[0], count, Long::sum);
                    honoursByLevel.merge((String) row[2], count, Long::sum);
                }
            }
            for (Object[] row : rows("""
                    select grade, sum(count) from evaluation_month where branch_id in (:b) and month between :first and :last
                    group by grade""", branches, firstMonth, lastMonth)) {
                grades.put((String) row[0], ((Number) row[1]).longValue());
            }
            for (Object[] row : rows("""
                    select branch_id, sum(ballots), sum(trusted) from trust_month where branch_id in (:b) and month between :first and :last
                    group by branch_id""", branches, firstMonth, lastMonth)) {
                trust.put((UUID) row[0], longs(row, 1));
            }
        }
        Map<UUID, Compliance> compliance = complianceService.forBranches(branches.keySet(), period);

        List<BranchFigures> rows = new ArrayList<>();
        for (Map.Entry<UUID, String> branch : branches.entrySet()) {
            UUID id = branch.getKey();
            long[] s = stock.getOrDefault(id, new long[6]);
            long[] f = flows.getOrDefault(id, new long[4]);
            long[] a = attendance.getOrDefault(id, new long[2]);
            long[] t = trust.getOrDefault(id, new long[2]);
            Compliance c = compliance.get(id);
            rows.add(new BranchFigures(0, id, branch.getValue(), s[0] + s[1], s[1], s[2], s[3], s[5], f[0], f[1], f[2], f[3],
                    activities.getOrDefault(id, Map.of()), a[0], a[1], ComplianceService.rate(a[1], a[0]), c.met(), c.required(), c.rate(),
                    honours.getOrDefault(id, 0L), t[0], t[1], ComplianceService.rate(t[1], t[0])));
        }
        Comparator<BranchFigures> byMerit = Comparator
                .comparing(BranchFigures::complianceRate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(BranchFigures::attendanceRate, Comparator.nullsLast(Comparator.reverseOrder()));
        rows.sort(byMerit.thenComparing(BranchFigures::branchName).thenComparing(BranchFigures::branchId));
        List<BranchFigures> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BranchFigures row = rows.get(i);
            int rank = i > 0 && byMerit.compare(rows.get(i - 1), row) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new BranchFigures(rank, row.branchId(), row.branchName(), row.partyMembers(), row.probationary(), row.candidates(),
                    row.activists(), row.attached(), row.joined(), row.converted(), row.transfersIn(), row.transfersOut(), row.activities(),
                    row.expected(), row.present(), row.attendanceRate(), row.complianceMet(), row.complianceRequired(), row.complianceRate(),
                    row.honours(), row.trustBallots(), row.trusted(), row.trustRate()));
        }

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
        // Committee terms are read as the pipeline reads them, on the period's last day; one current row per branch.
        List<SubtreeStatistics.TermEnding> termsEnding = new ArrayList<>();
        if (!branches.isEmpty()) {
            LocalDate day = period.to();
            for (Object[] row : rows("""
                    select branch_id, elected_on, term_ends_on from committee_view
                    where branch_id in (:b) and elected_on <= :last and (ended_on is null or ended_on > :last)
                    order by term_ends_on, branch_id""", branches, firstMonth, day)) {
                LocalDate ends = JdbcValues.localDate(row[2]);
                UUID branch = (UUID) row[0];
                String kind = PipelineService.termKind(ends, day);
                if (kind != null) {
                    termsEnding.add(new SubtreeStatistics.TermEnding(branch, branches.get(branch), JdbcValues.localDate(row[1]), ends,
                            kind, PipelineService.TERM_LABELS.get(kind)));
                }
            }
        }
        return new SubtreeStatistics(root.id, root.name, period.from(), period.to(), period.label(), ranked, totals(ranked, breakdown, new SubtreeStatistics.Recognition(honoursByLevel, sanctions, grades)), fallingShort, termsEnding,
                asOf);
    }

    private static SubtreeStatistics.Totals totals(List<BranchFigures> rows, Map<String, Map<String, Long>> breakdown,
            SubtreeStatistics.Recognition recognition) {
        Map<String, Long> activities = new TreeMap<>();
        rows.forEach(row -> row.activities().forEach((type, held) -> activities.merge(type, held, Long::sum)));
        long met = rows.stream().mapToLong(BranchFigures::complianceMet).sum();
        long required = rows.stream().mapToLong(BranchFigures::complianceRequired).sum();
        // Attendance over the subtree is recomputed from the rates' parts, not averaged over branches.
        long expected = sum(rows, BranchFigures::expected);
        long present = sum(rows, BranchFigures::present);
        return new SubtreeStatistics.Totals(rows.size(), sum(rows, BranchFigures::partyMembers), sum(rows, BranchFigures::probationary),
                sum(rows, BranchFigures::candidates), sum(rows, BranchFigures::activists), sum(rows, BranchFigures::attached),
                sum(rows, BranchFigures::joined), sum(rows, BranchFigures::converted), sum(rows, BranchFigures::transfersIn),
                sum(rows, BranchFigures::transfersOut), breakdown, activities, ComplianceService.rate(present, expected), met, required, ComplianceService.rate(met, required),
                recognition, ComplianceService.rate(sum(rows, BranchFigures::trusted), sum(rows, BranchFigures::trustBallots)));
    }

    private static long sum(List<BranchFigures> rows, java.util.function.ToLongFunction<BranchFigures> figure) {
        return rows.stream().mapToLong(figure).sum();
    }

    private static long[] longs(Object[] row, int from) {
        long[] values = new long[row.length - from];
        for (int i = from; i < row.length; i++) {
            values[i - from] = row[i] == null ? 0 : ((Number) row[i]).longValue();
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<UUID, String> branches, LocalDate firstMonth, LocalDate lastMonth) {
        var query = entityManager.createNativeQuery(sql).setParameter("b", branches.keySet());
        if (sql.contains(":first")) {
            query.setParameter("first", firstMonth);
        }
        if (sql.contains(":last")) {
            query.setParameter("last", lastMonth);
        }
        return query.getResultList();
    }

}
