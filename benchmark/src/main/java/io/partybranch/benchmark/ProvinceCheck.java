package io.partybranch.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reporting's answer for a subtree and a period against a recount in plain SQL over the facts the
 * writing services keep (members' and activities' own schemas), for the cadences a fresh stack runs
 * with. A difference is a wrong figure: the check is of exactness, never of speed.
 */
public final class ProvinceCheck {

    private final Database database;

    public ProvinceCheck(Database database) {
        this.database = database;
    }

    /** @return "figure: reporting says x, the recount y" for each figure that differs; empty when all agree */
    public List<String> differences(Api api, UUID root, LocalDate from, LocalDate to) {
        JsonNode answer = api.get("/api/v1/statistics/organizations/" + root + "/branches?from=" + from + "&to=" + to + "&size=1");
        JsonNode totals = answer.get("totals");
        Map<String, Long> reported = new LinkedHashMap<>();
        reported.put("branches", totals.get("branches").asLong());
        reported.put("partyMembers", totals.get("partyMembers").asLong());
        reported.put("probationary", totals.get("probationary").asLong());
        reported.put("complianceMet", totals.get("complianceMet").asLong());
        reported.put("complianceRequired", totals.get("complianceRequired").asLong());
        totals.get("activities").properties().forEach(e -> reported.put("activities." + e.getKey(), e.getValue().asLong()));
        totals.get("recognition").get("honoursByLevel").properties()
                .forEach(e -> reported.put("honours." + e.getKey(), e.getValue().asLong()));
        totals.get("recognition").get("grades").properties().forEach(e -> reported.put("grades." + e.getKey(), e.getValue().asLong()));
        reported.put("sanctions", totals.get("recognition").get("sanctions").asLong());
        Map<String, Long> recounted = recount(root, from, to);
        List<String> differences = new ArrayList<>();
        Set<String> figures = new TreeSet<>(reported.keySet());
        figures.addAll(recounted.keySet());
        for (String figure : figures) {
            long a = reported.getOrDefault(figure, 0L);
            long b = recounted.getOrDefault(figure, 0L);
            if (a != b) {
                differences.add(figure + ": reporting says " + a + ", the recount " + b);
            }
        }
        return differences;
    }

    /** The same figures from the source tables, with the national default cadences and a period already over. */
    public Map<String, Long> recount(UUID root, LocalDate from, LocalDate to) {
        Map<String, Long> figures = new LinkedHashMap<>();
        String branches = "select o.id from members.organization_closure c join members.organization o on o.id = c.descendant_id "
                + "where c.ancestor_id = ? and o.type in ('BRANCH', 'JOINT_BRANCH')";
        figures.put("branches", database.number("select count(*) from (" + branches + ") b", root));
        figures.put("partyMembers", database.number("select count(*) from members.member where organization_id in (" + branches + ")"
                + " and (full_since <= ? or joined_on <= ?)", root, to, to));
        figures.put("probationary", database.number("select count(*) from members.member where organization_id in (" + branches + ")"
                + " and joined_on <= ? and (full_since is null or full_since > ?)", root, to, to));
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate afterLastMonth = to.withDayOfMonth(1).plusMonths(1);
        for (Map<String, Object> row : database.rows("""
                select type, count(*) as held from activities.activity where status = 'HELD' and held_on >= ? and held_on < ?
                and branch_id in (""" + branches + ") group by type", firstMonth, afterLastMonth, root)) {
            figures.put("activities." + row.get("type"), ((Number) row.get("held")).longValue());
        }
        // Units wholly inside the period (it is over): months, and quarters for the quarterly cadences.
        String units = """
                with periods as (
                    select g::date as start, (g + interval '1 month' - interval '1 day')::date as finish, 'MONTH' as kind
                    from generate_series(?::date, ?::date, interval '1 month') g
                    union all
                    select g::date, (g + interval '3 months' - interval '1 day')::date, 'QUARTER'
                    from generate_series(date_trunc('quarter', ?::date), ?::date, interval '3 months') g
                ), inside as (select * from periods where start >= ? and finish <= ?),
                branch as (""" + branches + """
                ), cadence(type, kind, per_group) as (values ('COMMITTEE_MEETING', 'MONTH', false), ('THEME_DAY', 'MONTH', false),
                    ('GROUP_MEETING', 'MONTH', true), ('GENERAL_MEETING', 'QUARTER', false), ('PARTY_LECTURE', 'QUARTER', false))
                """;
        Object[] unitParameters = {firstMonth, to, from, to, from, to, root};
        figures.put("complianceMet", database.number(units + """
                select count(*) from (
                    select distinct a.branch_id, case when c.per_group then a.organization_id end, c.type, i.start
                    from activities.activity a join cadence c on c.type = a.type::text join inside i on i.kind = c.kind
                    where a.status = 'HELD' and a.held_on between i.start and i.finish and a.branch_id in (select id from branch)
                      and (not c.per_group or a.organization_id <> a.branch_id)
                ) met""", unitParameters));
        figures.put("complianceRequired", database.number(units + """
                select coalesce(sum(case when c.per_group
                    then (select count(*) from members.organization g where g.parent_id = b.id and g.type = 'PARTY_GROUP') else 1 end), 0)
                from branch b cross join cadence c join inside i on i.kind = c.kind""", unitParameters));
        for (Map<String, Object> row : database.rows("""
                select kind, level, count(*) as n from members.honour h
                where coalesce(h.awarded_on, make_date(h.year, 12, 1)) >= ? and coalesce(h.awarded_on, make_date(h.year, 12, 1)) < ?
                  and (h.organization_id in (""" + branches
                + ") or h.member_id in (select m.id from members.member m where m.organization_id in ("
                + branches + "))) group by kind, level", firstMonth, afterLastMonth, root, root)) {
            if ("SANCTION".equals(row.get("kind"))) {
                figures.merge("sanctions", ((Number) row.get("n")).longValue(), Long::sum);
            } else {
                figures.merge("honours." + row.get("level"), ((Number) row.get("n")).longValue(), Long::sum);
            }
        }
        for (Map<String, Object> row : database.rows("""
                select g.grade, count(*) as n from activities.evaluation_grade g join activities.evaluation e on e.id = g.evaluation_id
                where e.held_on >= ? and e.held_on < ? and g.grade is not null and e.branch_id in (""" + branches + ") group by g.grade",
                firstMonth, afterLastMonth, root)) {
            figures.put("grades." + row.get("grade"), ((Number) row.get("n")).longValue());
        }
        return figures;
    }
}
