package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.reporting.domain.MemberStanding;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.SubtreeReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The figures of a page of branches, from their own pre-aggregated rows (one statement per kind for the whole page). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BranchDetails {

    @Inject
    BulkSql sql;

    public record Details(SubtreeReport.Members members, Map<String, Long> activities, long honours, long trustBallots, long trusted,
            long activistsPastAYear, long conversionsLate) {
    }

    public Map<UUID, Details> of(Collection<UUID> branches, Period period) {
        Map<UUID, Details> details = new HashMap<>();
        if (branches.isEmpty()) {
            return details;
        }
        UUID[] ids = branches.toArray(UUID[]::new);
        LocalDate first = period.from().withDayOfMonth(1);
        LocalDate last = period.to().withDayOfMonth(1);
        Map<UUID, Map<String, Long>> counts = new HashMap<>();
        sql.query("""
                select branch_id, case when dimension = 'STATUS' then value else dimension end, sum(n) from member_change
                where branch_id = any(?::uuid[]) and month <= ? and dimension in ('STATUS', 'ATTACHED')
                group by 1, 2""", row -> counts.computeIfAbsent((UUID) row.getObject(1), b -> new HashMap<>()).put(row.getString(2),
                row.getLong(3)), ids, last);
        sql.query(
                "select branch_id, kind, sum(n) from member_flow where branch_id = any(?::uuid[]) and month between ? and ? group by 1, 2",
                row -> counts.computeIfAbsent((UUID) row.getObject(1), b -> new HashMap<>()).put(row.getString(2), row.getLong(3)), ids,
                first,
                last);
        sql.query("""
                select branch_id, kind, sum(n) from member_due where branch_id = any(?::uuid[]) and due_on <= ? group by 1, 2""",
                row -> counts.computeIfAbsent((UUID) row.getObject(1), b -> new HashMap<>()).put(row.getString(2), row.getLong(3)), ids,
                period.to());
        sql.query(
                """
                        select branch_id, sum(count) from honour_month where branch_id = any(?::uuid[]) and month between ? and ? and kind <> 'SANCTION'
                        group by 1""",
                row -> counts.computeIfAbsent((UUID) row.getObject(1), b -> new HashMap<>()).put("HONOURS", row.getLong(2)),
                ids, first, last);
        sql.query("""
                select branch_id, sum(ballots), sum(trusted) from trust_month where branch_id = any(?::uuid[]) and month between ? and ?
                group by 1""", row -> {
            Map<String, Long> branch = counts.computeIfAbsent((UUID) row.getObject(1), b -> new HashMap<>());
            branch.put("BALLOTS", row.getLong(2));
            return branch.put("TRUSTED", row.getLong(3));
        }, ids, first, last);
        Map<UUID, Map<String, Long>> activities = new HashMap<>();
        sql.query("""
                select branch_id, type, sum(held) from activity_month where branch_id = any(?::uuid[]) and month between ? and ?
                group by 1, 2""", row -> activities.computeIfAbsent((UUID) row.getObject(1), b -> new TreeMap<>()).put(row.getString(2),
                row.getLong(3)), ids, first, last);
        for (UUID branch : branches) {
            Map<String, Long> c = counts.getOrDefault(branch, Map.of());
            SubtreeReport.Members members = new SubtreeReport.Members(c.getOrDefault("FULL", 0L), c.getOrDefault("PROBATIONARY", 0L),
                    c.getOrDefault("CANDIDATE", 0L), c.getOrDefault("ACTIVIST", 0L), c.getOrDefault(MemberStanding.ATTACHED, 0L),
                    c.getOrDefault(MemberStanding.JOINED, 0L), c.getOrDefault(MemberStanding.CONVERTED, 0L),
                    c.getOrDefault(TransferApplier.TRANSFER_IN, 0L), c.getOrDefault(TransferApplier.TRANSFER_OUT, 0L));
            details.put(branch, new Details(members, activities.getOrDefault(branch, Map.of()), c.getOrDefault("HONOURS", 0L),
                    c.getOrDefault("BALLOTS", 0L), c.getOrDefault("TRUSTED", 0L), c.getOrDefault(MemberStanding.ACTIVIST_PAST_A_YEAR, 0L),
                    c.getOrDefault(MemberStanding.CONVERSION_LATE, 0L)));
        }
        return details;
    }

    /** The current committees of the page's branches on the day, whose term ends within six months or is overdue. */
    public List<Object[]> terms(Collection<UUID> branches, LocalDate day) {
        if (branches.isEmpty()) {
            return List.of();
        }
        return sql.query("""
                select branch_id, elected_on, term_ends_on from committee_view
                where branch_id = any(?::uuid[]) and elected_on <= ? and (ended_on is null or ended_on > ?) and term_ends_on <= ?
                order by term_ends_on, branch_id""", row -> new Object[]{row.getObject(1), row.getObject(2, LocalDate.class),
                row.getObject(3, LocalDate.class)}, branches.toArray(UUID[]::new), day, day,
                day.plusMonths(PipelineService.TERM_REMINDER_MONTHS));
    }
}
