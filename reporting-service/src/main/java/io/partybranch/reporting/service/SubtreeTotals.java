package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.reporting.domain.Compliance;
import io.partybranch.reporting.domain.MemberStanding;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.SubtreeReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A subtree's totals for a period, read from the root's own rollup rows: a bounded number of rows
 * (months × types, units, dimension values) whether the root is one branch or a province.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubtreeTotals {

    @Inject
    BulkSql sql;

    @Inject
    DuesTotals dues;

    /** Counted over the ranking (how many fall short) rather than the rollups: it needs each branch's own rate. */
    public record Counts(long branches, long groups) {
    }

    public Counts counts(UUID root) {
        Map<String, Long> byType = new HashMap<>();
        sql.query("select type, n from organization_count where ancestor_id = ?", row -> byType.put(row.getString(1), row.getLong(2)),
                root);
        return new Counts(byType.getOrDefault("BRANCH", 0L) + byType.getOrDefault("JOINT_BRANCH", 0L),
                byType.getOrDefault("PARTY_GROUP", 0L));
    }

    public SubtreeReport.Totals totals(UUID root, Period period, Compliance.Requirement requirement, Counts counts, long fallingShort) {
        LocalDate first = period.from().withDayOfMonth(1);
        LocalDate last = period.to().withDayOfMonth(1);
        Map<String, Map<String, Long>> stock = new TreeMap<>();
        sql.query("""
                select dimension, value, sum(n) from member_change_rollup where ancestor_id = ? and month <= ?
                group by dimension, value having sum(n) <> 0""",
                row -> stock.computeIfAbsent(row.getString(1), d -> new TreeMap<>()).put(row.getString(2), row.getLong(3)), root, last);
        Map<String, Long> flows = new HashMap<>();
        sql.query("select kind, sum(n) from member_flow_rollup where ancestor_id = ? and month between ? and ? group by kind",
                row -> flows.put(row.getString(1), row.getLong(2)), root, first, last);
        Map<String, Long> activities = new TreeMap<>();
        long[] attendance = new long[2];
        sql.query("""
                select type, sum(held), sum(expected), sum(present) from activity_rollup where ancestor_id = ? and month between ? and ?
                group by type""", row -> {
            activities.put(row.getString(1), row.getLong(2));
            attendance[0] += row.getLong(3);
            attendance[1] += row.getLong(4);
            return null;
        }, root, first, last);
        Map<String, Long> honoursByLevel = new TreeMap<>();
        long[] sanctions = new long[1];
        sql.query("""
                select kind, level, sum(count) from honour_rollup where ancestor_id = ? and month between ? and ? group by kind, level""",
                row -> {
                    if ("SANCTION".equals(row.getString(1))) {
                        sanctions[0] += row.getLong(3);
                    } else {
                        honoursByLevel.merge(row.getString(2), row.getLong(3), Long::sum);
                    }
                    return null;
                }, root, first, last);
        Map<String, Long> grades = new TreeMap<>();
        sql.query("select grade, sum(count) from evaluation_rollup where ancestor_id = ? and month between ? and ? group by grade",
                row -> grades.put(row.getString(1), row.getLong(2)), root, first, last);
        long[] trust = sql
                .query("""
                        select coalesce(sum(ballots), 0), coalesce(sum(trusted), 0) from trust_rollup where ancestor_id = ? and month between ? and ?""",
                        row -> new long[]{row.getLong(1), row.getLong(2)}, root, first, last)
                .get(0);
        Map<String, Long> due = new HashMap<>();
        sql.query("select kind, sum(n) from member_due_rollup where ancestor_id = ? and due_on <= ? group by kind",
                row -> due.put(row.getString(1), row.getLong(2)), root, period.to());
        long met = counts.branches() == 0 ? 0 : met(root, requirement);
        long[] terms = terms(root, period.to());
        Map<String, Long> status = stock.getOrDefault(MemberStanding.STATUS, Map.of());
        SubtreeReport.Members members = new SubtreeReport.Members(status.getOrDefault("FULL", 0L), status.getOrDefault("PROBATIONARY", 0L),
                status.getOrDefault("CANDIDATE", 0L), status.getOrDefault("ACTIVIST", 0L),
                stock.getOrDefault(MemberStanding.ATTACHED, Map.of()).getOrDefault("YES", 0L),
                flows.getOrDefault(MemberStanding.JOINED, 0L),
                flows.getOrDefault(MemberStanding.CONVERTED, 0L), flows.getOrDefault(TransferApplier.TRANSFER_IN, 0L),
                flows.getOrDefault(TransferApplier.TRANSFER_OUT, 0L));
        Map<String, Map<String, Long>> breakdown = new TreeMap<>();
        for (String dimension : List.of(MemberStanding.STATE, MemberStanding.GENDER, MemberStanding.EDUCATION, MemberStanding.AGE_BAND,
                MemberStanding.STANDING_BAND)) {
            if (stock.containsKey(dimension)) {
                breakdown.put(dimension, stock.get(dimension));
            }
        }
        return new SubtreeReport.Totals(counts.branches(), members, breakdown, activities, attendance[0], attendance[1], met,
                counts.branches() == 0 ? 0 : counts.branches() * requirement.branchUnits() + counts.groups() * requirement.groupUnits(),
                honoursByLevel, sanctions[0], grades, trust[0], trust[1], due.getOrDefault(MemberStanding.ACTIVIST_PAST_A_YEAR, 0L),
                due.getOrDefault(MemberStanding.CONVERSION_LATE, 0L), fallingShort, terms[0], terms[1], dues.forSubtree(root, period));
    }

    public OffsetDateTime asOf(UUID root) {
        List<OffsetDateTime> found = sql.query("select last_event_at from subtree_freshness where ancestor_id = ?",
                row -> row.getObject(1, OffsetDateTime.class), root);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Units met over the subtree: for each required unit, how many of its holders (branches or groups) held it. */
    private long met(UUID root, Compliance.Requirement requirement) {
        if (requirement.units().isEmpty()) {
            return 0;
        }
        List<Compliance.Required> units = requirement.units();
        return sql.query("""
                select coalesce(sum(r.holders), 0) from unit_rollup r
                join unnest(?::text[], ?::text[], ?::date[], ?::text[]) as u(type, unit_kind, unit_start, holder_kind)
                  on r.type = u.type and r.unit_kind = u.unit_kind and r.unit_start = u.unit_start and r.holder_kind = u.holder_kind
                where r.ancestor_id = ?""", row -> row.getLong(1),
                units.stream().map(Compliance.Required::type).toArray(String[]::new),
                units.stream().map(u -> u.unit().kind()).toArray(String[]::new),
                units.stream().map(u -> u.unit().start()).toArray(LocalDate[]::new),
                units.stream().map(Compliance.Required::holderKind).toArray(String[]::new), root).get(0);
    }

    /** Current committees on the day whose term ends within six months, and those already overdue. */
    private long[] terms(UUID root, LocalDate day) {
        return sql.query("""
                select count(*) filter (where v.term_ends_on >= ?), count(*) filter (where v.term_ends_on < ?)
                from organization_closure c join committee_view v on v.branch_id = c.descendant_id
                where c.ancestor_id = ? and v.elected_on <= ? and (v.ended_on is null or v.ended_on > ?) and v.term_ends_on <= ?""",
                row -> new long[]{row.getLong(1), row.getLong(2)}, day, day, root, day, day,
                day.plusMonths(PipelineService.TERM_REMINDER_MONTHS)).get(0);
    }
}
