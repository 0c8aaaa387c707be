package io.partybranch.reporting.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.reporting.ReadModelRows;
import io.partybranch.reporting.TestEvents;
import io.partybranch.reporting.service.AggregateRecompute;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The verifier of the delta-maintained aggregates: after a district's events, corrections, a
 * transfer and a branch moving to another district, every aggregate equals what plain SQL recounts
 * from the stored facts, every ancestor's rollup equals the sum of its branches' rows through the
 * closure table, and refilling everything from the facts (the upgrade path) gives the same rows.
 * Checked over the whole schema, so every other test's events are verified too.
 */
@QuarkusTest
class RollupConsistencyTest {

    @Inject
    EntityManager entityManager;

    @Inject
    AggregateRecompute recompute;

    @Test
    void everyAggregateEqualsARecountFromTheFactsAndEveryRollupTheSumOfItsBranches() {
        UUID east = UUID.randomUUID();
        UUID west = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        UUID mover = UUID.randomUUID();
        UUID activist = UUID.randomUUID();
        UUID corrected = UUID.randomUUID();
        UUID evaluation = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.organization(east, "东区教育局党委", "ORG_PARTY_COMMITTEE", null, "325601");
            events.organization(west, "西区教育局党委", "ORG_PARTY_COMMITTEE", null, "325602");
            // A branch whose facts arrive before the branch itself.
            events.member(UUID.randomUUID(), b).full("2001-03-01", "2002-03-01").set("ownUnit", "某幼儿园").send();
            events.organization(a, "东一支部", "BRANCH", east, "325601");
            events.organization(b, "东二支部", "BRANCH", east, "325601");
            events.organization(group, "东一组", "PARTY_GROUP", a, "325601");
            events.member(mover, a).full("2008-05-01", "2009-05-01").set("partyGroupId", group).send();
            events.member(activist, a).set("politicalStatus", "ACTIVIST").set("activistSince", "2024-09-01").set("appliedOn", "2024-03-01")
                    .set("statusSince", "2024-09-01").send();
            events.member(activist, a).set("politicalStatus", "CANDIDATE").set("activistSince", "2024-09-01").set("appliedOn", "2024-03-01")
                    .set("candidateSince", "2025-10-01").set("statusSince", "2025-10-01").set("version", 1).send();
            events.member(mover, b).full("2008-05-01", "2009-05-01").transferredFrom(a, "2025-11-20", 1).send();
            events.held(a, group, "GROUP_MEETING", "2025-10-12", 1.0, List.of(TestEvents.attended(mover, "PRESENT", true)));
            events.activity("activity.held.v1", corrected, a, a, "COMMITTEE_MEETING", "2025-10-05", 0.5, List.of(), 1);
            events.activity("activity.corrected.v1", corrected, a, a, "THEME_DAY", "2025-12-05", 0.75, List.of(), 2);
            events.held(b, b, "GENERAL_MEETING", "2025-11-25", 1.0);
            events.honour(a, null, "HONOUR", "先进基层党组织", "CITY", 2025, null);
            events.honour(b, mover, "SANCTION", "警告", "SCHOOL", 2025, "2025-12-10");
            events.evaluation(evaluation, b, "2025年度", "2025-12-20", Map.of("EXCELLENT", 1, "QUALIFIED", 2),
                    List.of(TestEvents.trust(mover, 3, 3)));
            events.evaluation(evaluation, b, "2025年度", "2025-12-20", Map.of("QUALIFIED", 3), List.of(TestEvents.trust(mover, 3, 2)));
            // The second branch moves to the other district, with everything it has.
            events.organization(b, "东二支部", "BRANCH", west, "325602", 1);
            events.organization(last, "最后一条", "BRANCH", west, "325602");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("organization_view where id = '" + last + "'") == 1
                && count("evaluation_view where id = '" + evaluation + "' and distribution not like '%EXCELLENT%'") == 1
                && count("organization_view where id = '" + b + "' and version = 1") == 1
                && count("activity_view where id = '" + corrected + "' and version = 2") == 1);
        assertEquals(0, count("activity_rollup where ancestor_id = '" + east + "' and type = 'GENERAL_MEETING'"), "moved with its branch");
        assertEquals(1, count("activity_rollup where ancestor_id = '" + west + "' and type = 'GENERAL_MEETING'"));

        QuarkusTransaction.requiringNew().run(() -> {
            for (String[] check : RECOUNTS) {
                assertEquals(List.of(), rows("(" + check[1] + ") except (" + check[2] + ")"), check[0] + ": rows only the aggregate has");
                assertEquals(List.of(), rows("(" + check[2] + ") except (" + check[1] + ")"), check[0] + ": rows only the recount has");
            }
        });

        // A standard period that is over is ranked from each branch's kept row; the same units over other dates are summed
        // from the monthly rows: both rank alike. (From 31 December 2024 the units are 2025's; December 2024 holds nothing here.)
        for (UUID district : List.of(east, west)) {
            List<Object> kept = RestAssured.given().queryParam("period", "2025")
                    .get("/api/v1/statistics/organizations/{id}/branches", district).then().statusCode(200).extract().path("branches");
            List<Object> summed = RestAssured.given().queryParam("from", "2024-12-31").queryParam("to", "2025-12-31")
                    .get("/api/v1/statistics/organizations/{id}/branches", district).then().statusCode(200).extract().path("branches");
            assertEquals(kept, summed);
        }

        Map<String, List<String>> incremental = snapshot();
        QuarkusTransaction.requiringNew().timeout(600).run(recompute::recompute);
        Map<String, List<String>> refilled = snapshot();
        for (String table : incremental.keySet()) {
            assertEquals(incremental.get(table), refilled.get(table), table + " differs when refilled from the facts");
        }
    }

    /** name, what the aggregate holds, what plain SQL recounts from the facts (or from the branches' rows). */
    private static final List<String[]> RECOUNTS = List.of(
            new String[]{"activity_month",
                    "select branch_id, organization_id, type, month, held, expected, present from activity_month",
                    """
                            select branch_id, coalesce(organization_id, branch_id), type, date_trunc('month', held_on)::date, count(*)::int,
                                coalesce(sum(expected_count), 0)::int, coalesce(sum(present_count), 0)::int
                            from activity_view where status = 'HELD' and held_on is not null group by 1, 2, 3, 4"""},
            new String[]{"unit_met (months)",
                    "select branch_id, type, unit_start, holder_kind, holders from unit_met where unit_kind = 'MONTH'",
                    """
                            select branch_id, type, month, kind, count(distinct holder)::int from (
                                select branch_id, type, date_trunc('month', held_on)::date as month, 'BRANCH' as kind, branch_id as holder
                                from activity_view where status = 'HELD' and held_on is not null
                                union all
                                select branch_id, type, date_trunc('month', held_on)::date, 'GROUP', organization_id from activity_view
                                where status = 'HELD' and held_on is not null and organization_id <> branch_id
                            ) held group by 1, 2, 3, 4"""},
            new String[]{"member_flow",
                    "select branch_id, month, kind, n from member_flow",
                    """
                            select branch_id, month, kind, count(*)::int from (
                                select organization_id as branch_id, date_trunc('month', joined_on)::date as month, 'JOINED' as kind from member_view
                                where joined_on is not null
                                union all select organization_id, date_trunc('month', full_since)::date, 'CONVERTED' from member_view where full_since is not null
                                union all select to_branch_id, date_trunc('month', decided_on)::date, 'TRANSFER_IN' from transfer_view
                                where status = 'CONFIRMED' and to_branch_id is not null
                                union all select from_branch_id, date_trunc('month', decided_on)::date, 'TRANSFER_OUT' from transfer_view
                                where status = 'CONFIRMED' and from_branch_id is not null
                            ) flows group by 1, 2, 3"""},
            new String[]{"member_change (status at 2025-12-31)",
                    """
                            select branch_id, value, sum(n)::int from member_change where dimension = 'STATUS' and month <= date '2025-12-01'
                            group by 1, 2 having sum(n) <> 0""",
                    """
                            select organization_id, status, count(*)::int from (
                                select organization_id, case when full_since <= date '2025-12-31' then 'FULL'
                                    when joined_on <= date '2025-12-31' then 'PROBATIONARY' when candidate_since <= date '2025-12-31' then 'CANDIDATE'
                                    when activist_since <= date '2025-12-31' then 'ACTIVIST'
                                    when coalesce(applied_on, case when political_status = 'APPLICANT' then status_since end) <= date '2025-12-31'
                                    then 'APPLICANT' end as status from member_view
                            ) s where status is not null group by 1, 2"""},
            new String[]{"development_step_branch, development_due (each file once, as it counts)",
                    """
                            select 's', branch_id, step, null::date, n from development_step_branch
                            union all select 'd', branch_id, kind, due_on, n from development_due""",
                    """
                            select 's', branch_id, current_step, null::date, count(*)::int from development_progress_view where in_development group by 2, 3
                            union all select 'd', branch_id, next_step, next_due_on, count(*)::int from development_progress_view where deadline_holds
                            group by 2, 3, 4"""},
            new String[]{"development_step_rollup, development_due_rollup",
                    """
                            select 's', ancestor_id, step, null::date, n from development_step_rollup
                            union all select 'd', ancestor_id, kind, due_on, n from development_due_rollup""",
                    """
                            select 's', c.ancestor_id, d.step, null::date, sum(d.n) from development_step_branch d
                            join organization_closure c on c.descendant_id = d.branch_id group by 2, 3
                            union all select 'd', c.ancestor_id, d.kind, d.due_on, sum(d.n) from development_due d
                            join organization_closure c on c.descendant_id = d.branch_id group by 2, 3, 4"""},
            new String[]{"honour_month",
                    "select branch_id, month, kind, level, count from honour_month",
                    """
                            select branch_id, date_trunc('month', coalesce(awarded_on, make_date(year, 12, 1)))::date, kind, level, count(*)::int
                            from honour_view group by 1, 2, 3, 4"""},
            new String[]{"evaluation_month",
                    "select branch_id, month, grade, count from evaluation_month",
                    """
                            select e.branch_id, date_trunc('month', e.held_on)::date, g.key, sum(g.value::int)::int
                            from evaluation_view e, jsonb_each_text(e.distribution::jsonb) g group by 1, 2, 3 having sum(g.value::int) <> 0"""},
            new String[]{"activity_rollup",
                    "select ancestor_id, type, month, held, expected, present from activity_rollup",
                    """
                            select c.ancestor_id, a.type, a.month, sum(a.held), sum(a.expected), sum(a.present) from activity_month a
                            join organization_closure c on c.descendant_id = a.branch_id group by 1, 2, 3"""},
            new String[]{"unit_rollup",
                    "select ancestor_id, type, unit_kind, unit_start, holder_kind, holders from unit_rollup",
                    """
                            select c.ancestor_id, u.type, u.unit_kind, u.unit_start, u.holder_kind, sum(u.holders) from unit_met u
                            join organization_closure c on c.descendant_id = u.branch_id group by 1, 2, 3, 4, 5"""},
            new String[]{"member_change_rollup",
                    // Deltas that net out leave a row at zero, which adds nothing to any sum; the recount has no such rows.
                    "select ancestor_id, month, dimension, value, n from member_change_rollup where n <> 0",
                    """
                            select c.ancestor_id, m.month, m.dimension, m.value, sum(m.n) from member_change m
                            join organization_closure c on c.descendant_id = m.branch_id group by 1, 2, 3, 4 having sum(m.n) <> 0"""},
            new String[]{"member_due_rollup",
                    "select ancestor_id, kind, due_on, n from member_due_rollup",
                    """
                            select c.ancestor_id, m.kind, m.due_on, sum(m.n) from member_due m
                            join organization_closure c on c.descendant_id = m.branch_id group by 1, 2, 3"""},
            new String[]{"honour_rollup, evaluation_rollup, trust_rollup",
                    """
                            select 'h', ancestor_id, month, kind || level, count from honour_rollup
                            union all select 'e', ancestor_id, month, grade, count from evaluation_rollup
                            union all select 't', ancestor_id, month, ballots::text, trusted from trust_rollup""",
                    """
                            select 'h', c.ancestor_id, h.month, h.kind || h.level, sum(h.count) from honour_month h
                            join organization_closure c on c.descendant_id = h.branch_id group by 2, 3, 4
                            union all select 'e', c.ancestor_id, e.month, e.grade, sum(e.count) from evaluation_month e
                            join organization_closure c on c.descendant_id = e.branch_id group by 2, 3, 4
                            union all select 't', c.ancestor_id, t.month, sum(t.ballots)::text, sum(t.trusted) from trust_month t
                            join organization_closure c on c.descendant_id = t.branch_id group by 2, 3"""},
            new String[]{"branch_period (the configured cadences: the national defaults)",
                    "select period_key, branch_id, expected, present, met from branch_period",
                    """
                            with keyed as (
                                select branch_id, month, expected, present, 0 as met, 'ALL' as unit_kind from activity_month
                                union all
                                select u.branch_id, u.unit_start, 0, 0, u.holders, u.unit_kind from unit_met u
                                join (values ('COMMITTEE_MEETING', 'MONTH', 'BRANCH'), ('THEME_DAY', 'MONTH', 'BRANCH'), ('GROUP_MEETING', 'MONTH', 'GROUP'),
                                    ('GENERAL_MEETING', 'QUARTER', 'BRANCH'), ('PARTY_LECTURE', 'QUARTER', 'BRANCH'),
                                    ('ORGANIZATIONAL_LIFE_MEETING', 'YEAR', 'BRANCH'), ('DEMOCRATIC_EVALUATION', 'YEAR', 'BRANCH'))
                                    as c(type, unit_kind, holder_kind)
                                  on c.type = u.type and c.unit_kind = u.unit_kind and c.holder_kind = u.holder_kind
                            ), periods as (
                                select branch_id, expected, present, met, key from keyed, lateral (values
                                    (case when unit_kind in ('ALL', 'MONTH') then to_char(month, 'YYYY-MM') end),
                                    (case when unit_kind in ('ALL', 'MONTH', 'QUARTER') then to_char(month, 'YYYY') || '-Q' || extract(quarter from month) end),
                                    (to_char(month, 'YYYY')),
                                    (case when unit_kind in ('ALL', 'MONTH') and extract(month from month) >= 9 then to_char(month, 'YYYY') || '-S1'
                                          when unit_kind in ('ALL', 'MONTH') and extract(month from month) = 1 then (extract(year from month) - 1) || '-S1'
                                          when unit_kind in ('ALL', 'MONTH') and extract(month from month) <= 7 then (extract(year from month) - 1) || '-S2'
                                          when unit_kind = 'QUARTER' and extract(month from month) = 10 then to_char(month, 'YYYY') || '-S1'
                                          when unit_kind = 'QUARTER' and extract(month from month) = 4 then (extract(year from month) - 1) || '-S2' end)
                                ) as k(key) where key is not null
                            )
                            select key, branch_id, sum(expected)::bigint, sum(present)::bigint, sum(met)::bigint from periods group by 1, 2
                            having sum(expected) <> 0 or sum(present) <> 0 or sum(met) <> 0"""},
            new String[]{"organization_count",
                    "select ancestor_id, type, n from organization_count",
                    """
                            select c.ancestor_id, o.type, count(*) from organization_closure c join organization_view o on o.id = c.descendant_id
                            group by 1, 2"""});

    private long count(String from) {
        return ReadModelRows.count(entityManager, from);
    }

    private List<String> rows(String sql) {
        List<String> rows = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery(sql).setMaxResults(20).getResultList()) {
            rows.add(row instanceof Object[] values ? Arrays.toString(values) : String.valueOf(row));
        }
        return rows;
    }

    private static final List<String> COUNTED_BY_N = List.of("member_change", "member_change_rollup", "member_flow", "member_flow_rollup",
            "member_due", "member_due_rollup", "organization_count");

    private Map<String, List<String>> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> tables = new LinkedHashMap<>();
            for (String table : List.of("activity_month", "activity_rollup", "unit_held", "unit_met", "unit_rollup", "member_change",
                    "member_change_rollup", "member_flow", "member_flow_rollup", "member_due", "member_due_rollup", "honour_month",
                    "honour_rollup", "evaluation_month", "evaluation_rollup", "trust_month", "trust_rollup", "organization_count",
                    "branch_period")) {
                List<String> rows = new ArrayList<>();
                // Counts kept by deltas may net out to a row at zero; a refill from the facts never writes one. Both mean nothing.
                String nonZero = COUNTED_BY_N.contains(table) ? " where n <> 0" : "";
                for (Object row : entityManager.createNativeQuery("select * from " + table + nonZero).getResultList()) {
                    rows.add(Arrays.toString((Object[]) row));
                }
                rows.sort(null);
                tables.put(table, rows);
            }
            return tables;
        });
    }
}
