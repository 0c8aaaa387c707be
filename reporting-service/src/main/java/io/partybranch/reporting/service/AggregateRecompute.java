package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.reporting.config.CadenceConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Refills every pre-aggregate from the stored facts, counting each fact as if it had just arrived
 * (the appliers' own contributions, so the result is what incremental application gives). Runs at
 * start-up when a migration asked for it (a new shape of the aggregates), a chunk of facts at a time.
 */
@ApplicationScoped
public class AggregateRecompute {

    private static final Logger LOG = Logger.getLogger(AggregateRecompute.class);
    private static final int CHUNK = 5_000;
    private static final List<String> AGGREGATES = List.of("activity_month", "activity_rollup", "unit_held", "unit_met", "unit_rollup",
            "member_change", "member_change_rollup", "member_flow", "member_flow_rollup", "member_due", "member_due_rollup", "honour_month",
            "honour_rollup", "evaluation_month", "evaluation_rollup", "trust_month", "trust_rollup", "organization_count",
            "branch_freshness",
            "subtree_freshness", "branch_period", "dues_branch_month", "dues_rollup", "development_step_branch", "development_step_rollup",
            "development_due", "development_due_rollup");

    @Inject
    BulkSql sql;

    @Inject
    Rollups rollups;

    @Inject
    ActivityApplier activities;

    @Inject
    DuesApplier dues;

    @Inject
    CadenceConfig cadences;

    void onStart(@Observes StartupEvent event) {
        // Each branch's figures for the standard periods count the configured cadences: another configuration needs a refill.
        String basis = new TreeMap<>(cadences.cadences()).toString();
        boolean requested = QuarkusTransaction.requiringNew()
                .call(() -> !sql.query("select 1 from aggregate_recompute limit 1", row -> 1).isEmpty()
                        || !sql.query("select cadences from branch_period_basis", row -> row.getString(1)).equals(List.of(basis)));
        if (requested) {
            long started = System.nanoTime();
            QuarkusTransaction.requiringNew().timeout(3600).run(this::recompute);
            LOG.infof("pre-aggregates refilled from the stored facts in %d ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute() {
        AGGREGATES.forEach(table -> sql.update("delete from " + table));
        UUID after = new UUID(0, 0);
        while (true) {
            Rollups.Deltas deltas = new Rollups.Deltas();
            List<UUID> ids = new ArrayList<>();
            sql.query("select id, " + MemberApplier.FACT_COLUMNS + " from member_view where id > ? order by id limit " + CHUNK, row -> {
                ids.add((UUID) row.getObject(1));
                MemberApplier.contribute(MemberApplier.facts(row, 2), 1, deltas);
                return null;
            }, after);
            if (ids.isEmpty()) {
                break;
            }
            rollups.apply(deltas);
            after = ids.get(ids.size() - 1);
        }
        after = new UUID(0, 0);
        while (true) {
            List<UUID> ids = new ArrayList<>();
            List<ActivityApplier.Stored> held = sql
                    .query("""
                            select id, branch_id, organization_id, type, status, held_on, coalesce(expected_count, 0), coalesce(present_count, 0), version
                            from activity_view where id > ? and status = 'HELD' order by id limit\s"""
                            + CHUNK, row -> {
                                ids.add((UUID) row.getObject(1));
                                return new ActivityApplier.Stored((UUID) row.getObject(2), (UUID) row.getObject(3), row.getString(4),
                                        row.getString(5),
                                        row.getObject(6, LocalDate.class), row.getInt(7), row.getInt(8), row.getLong(9));
                            }, after);
            if (ids.isEmpty()) {
                break;
            }
            Rollups.Deltas deltas = new Rollups.Deltas();
            activities.recount(held, deltas);
            rollups.apply(deltas);
            after = ids.get(ids.size() - 1);
        }
        Rollups.Deltas deltas = new Rollups.Deltas();
        sql.query(
                "select from_branch_id, to_branch_id, decided_on from transfer_view where status = 'CONFIRMED' and decided_on is not null",
                row -> {
                    LocalDate month = row.getObject(3, LocalDate.class).withDayOfMonth(1);
                    if (row.getObject(1) != null) {
                        deltas.add(RollupTable.MEMBER_FLOW, (UUID) row.getObject(1), List.of(month, TransferApplier.TRANSFER_OUT), 1);
                    }
                    if (row.getObject(2) != null) {
                        deltas.add(RollupTable.MEMBER_FLOW, (UUID) row.getObject(2), List.of(month, TransferApplier.TRANSFER_IN), 1);
                    }
                    return null;
                });
        sql.query("""
                select branch_id, date_trunc('month', coalesce(awarded_on, make_date(year, 12, 1)))::date, kind, level, count(*)
                from honour_view group by 1, 2, 3, 4""", row -> {
            deltas.add(RollupTable.HONOUR, (UUID) row.getObject(1),
                    List.of(row.getObject(2, LocalDate.class), row.getString(3), row.getString(4)),
                    row.getLong(5));
            return null;
        });
        sql.query("""
                select e.branch_id, date_trunc('month', e.held_on)::date, g.key, sum(g.value::int)
                from evaluation_view e, jsonb_each_text(e.distribution::jsonb) g group by 1, 2, 3""", row -> {
            deltas.add(RollupTable.EVALUATION, (UUID) row.getObject(1), List.of(row.getObject(2, LocalDate.class), row.getString(3)),
                    row.getLong(4));
            return null;
        });
        sql.query("""
                select e.branch_id, date_trunc('month', e.held_on)::date, sum(t.ballots), sum(t.trusted)
                from trust_view t join evaluation_view e on e.id = t.evaluation_id group by 1, 2""", row -> {
            deltas.add(RollupTable.TRUST, (UUID) row.getObject(1), List.of(row.getObject(2, LocalDate.class)), row.getLong(3),
                    row.getLong(4));
            return null;
        });
        // Each development file as it counts (DevelopmentApplier): one row per person in development, so small enough at once.
        sql.query("select branch_id, current_step, count(*) from development_progress_view where in_development group by 1, 2", row -> {
            deltas.add(RollupTable.DEVELOPMENT_STEP, (UUID) row.getObject(1), List.of(row.getString(2)), row.getLong(3));
            return null;
        });
        sql.query("select branch_id, next_step, next_due_on, count(*) from development_progress_view where deadline_holds group by 1, 2, 3",
                row -> {
                    deltas.add(RollupTable.DEVELOPMENT_DUE, (UUID) row.getObject(1),
                            List.of(row.getString(2), row.getObject(3, LocalDate.class)),
                            row.getLong(4));
                    return null;
                });
        rollups.apply(deltas);
        dues.recount(rollups, CHUNK);
        sql.update(
                """
                        insert into organization_count (ancestor_id, type, n)
                        select c.ancestor_id, o.type, count(*) from organization_closure c join organization_view o on o.id = c.descendant_id group by 1, 2""");
        sql.update("""
                insert into branch_freshness (branch_id, last_event_at)
                select branch_id, max(at) from (
                    select id as branch_id, last_event_at as at from organization_view
                    union all select organization_id, last_event_at from member_view
                    union all select branch_id, last_event_at from activity_view
                    union all select branch_id, last_event_at from committee_view
                    union all select branch_id, last_event_at from evaluation_view
                    union all select branch_id, last_event_at from honour_view
                    union all select branch_id, last_event_at from dues_month_view
                    union all select branch_id, last_event_at from development_progress_view
                    union all select from_branch_id, last_event_at from transfer_view where from_branch_id is not null
                    union all select to_branch_id, last_event_at from transfer_view where to_branch_id is not null
                ) facts group by branch_id""");
        sql.update(
                """
                        insert into subtree_freshness (ancestor_id, last_event_at)
                        select c.ancestor_id, max(f.last_event_at) from branch_freshness f join organization_closure c on c.descendant_id = f.branch_id
                        group by 1""");
        sql.update("delete from aggregate_recompute");
        sql.update("delete from branch_period_basis");
        sql.update("insert into branch_period_basis (cadences) values (?)", new TreeMap<>(cadences.cadences()).toString());
    }

}
