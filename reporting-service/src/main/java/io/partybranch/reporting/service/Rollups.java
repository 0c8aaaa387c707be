package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.tree.OrganizationTree;
import io.partybranch.reporting.config.CadenceConfig;
import io.partybranch.reporting.domain.CadenceUnit;
import io.partybranch.reporting.domain.StandardPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.reflect.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the deltas a batch of events makes to the pre-aggregates (one statement per table for the
 * whole batch, both the branch's row and every ancestor's) and moves the aggregates when the tree
 * changes. Deltas are collected first, so a batch's events sum before anything is written.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Rollups {

    @Inject
    BulkSql sql;

    @Inject
    CadenceConfig cadences;

    /** The deltas of one batch, summed per branch and key. */
    public static final class Deltas {
        private final Map<RollupTable, Map<List<Object>, long[]>> tables = new EnumMap<>(RollupTable.class);
        private final Map<UUID, OffsetDateTime> fresh = new LinkedHashMap<>();

        /** @param keys the own table's keys after the branch, in the table's order */
        void add(RollupTable table, UUID branch, List<Object> keys, long... values) {
            List<Object> key = new ArrayList<>(keys.size() + 1);
            key.add(branch);
            key.addAll(keys);
            long[] sums = tables.computeIfAbsent(table, t -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new long[values.length]);
            for (int i = 0; i < values.length; i++) {
                sums[i] += values[i];
            }
        }

        /** The branch (or organisation) an event concerned, for how fresh its figures are. */
        public void touched(UUID branch, OffsetDateTime eventTime) {
            if (branch != null && eventTime != null) {
                fresh.merge(branch, eventTime, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    public void apply(Deltas deltas) {
        applyBranchPeriods(deltas);
        for (Map.Entry<RollupTable, Map<List<Object>, long[]>> entry : deltas.tables.entrySet()) {
            apply(entry.getKey(), entry.getValue());
        }
        if (!deltas.fresh.isEmpty()) {
            UUID[] branches = deltas.fresh.keySet().toArray(UUID[]::new);
            OffsetDateTime[] times = deltas.fresh.values().toArray(OffsetDateTime[]::new);
            sql.update(
                    """
                            with f as (select * from unnest(?::uuid[], ?::timestamptz[]) as f(branch_id, at)), own as (
                                insert into branch_freshness (branch_id, last_event_at) select branch_id, at from f order by branch_id
                                on conflict (branch_id) do update set last_event_at = greatest(branch_freshness.last_event_at, excluded.last_event_at))
                            insert into subtree_freshness (ancestor_id, last_event_at)
                            select c.ancestor_id, max(f.at) from f join organization_closure c on c.descendant_id = f.branch_id
                            group by c.ancestor_id order by 1
                            on conflict (ancestor_id) do update set last_event_at = greatest(subtree_freshness.last_event_at, excluded.last_event_at)""",
                    branches, times);
        }
    }

    /**
     * The same deltas as each branch's figures for the standard periods: attendance by the months it
     * was held in, and units met by the periods that wholly contain them, for the configured cadences.
     */
    private void applyBranchPeriods(Deltas deltas) {
        Map<List<Object>, long[]> periods = new LinkedHashMap<>();
        deltas.tables.getOrDefault(RollupTable.ACTIVITY, Map.of()).forEach((key, values) -> {
            for (String period : StandardPeriod.containing((LocalDate) key.get(3))) {
                long[] sums = periods.computeIfAbsent(List.of(key.get(0), period), k -> new long[3]);
                sums[0] += values[1];
                sums[1] += values[2];
            }
        });
        deltas.tables.getOrDefault(RollupTable.UNIT_MET, Map.of()).forEach((key, values) -> {
            String cadence = cadences.cadences().get((String) key.get(1));
            String holderKind = (String) key.get(4);
            String kind = (String) key.get(2);
            boolean perGroup = CadenceUnit.GROUP_HOLDER.equals(holderKind);
            if (cadence != null && cadence.equals(perGroup ? kind + "/GROUP" : kind)) {
                var unit = new CadenceUnit(kind, (LocalDate) key.get(3));
                for (String period : StandardPeriod.containing(unit)) {
                    periods.computeIfAbsent(List.of(key.get(0), period), k -> new long[3])[2] += values[0];
                }
            }
        });
        periods.values().removeIf(v -> v[0] == 0 && v[1] == 0 && v[2] == 0);
        if (periods.isEmpty()) {
            return;
        }
        int rows = periods.size();
        UUID[] branches = new UUID[rows];
        String[] keys = new String[rows];
        Long[][] values = new Long[3][rows];
        boolean lowered = false;
        int i = 0;
        for (Map.Entry<List<Object>, long[]> entry : periods.entrySet()) {
            branches[i] = (UUID) entry.getKey().get(0);
            keys[i] = (String) entry.getKey().get(1);
            for (int v = 0; v < 3; v++) {
                values[v][i] = entry.getValue()[v];
                lowered |= entry.getValue()[v] < 0;
            }
            i++;
        }
        sql.update("""
                insert into branch_period (branch_id, period_key, expected, present, met)
                select * from unnest(?::uuid[], ?::text[], ?::int8[], ?::int8[], ?::int8[]) order by 2, 1
                on conflict (period_key, branch_id) do update set expected = branch_period.expected + excluded.expected,
                    present = branch_period.present + excluded.present, met = branch_period.met + excluded.met""",
                branches, keys, values[0], values[1], values[2]);
        if (lowered) {
            sql.update("""
                    delete from branch_period t using unnest(?::uuid[], ?::text[]) as k(b, p)
                    where t.branch_id = k.b and t.period_key = k.p and t.expected = 0 and t.present = 0 and t.met = 0""", branches, keys);
        }
    }

    /** After a change of the tree: what each ancestor summed is moved with the branches that left or joined it. */
    public void rehome(OrganizationTree.Change change) {
        if (change.isEmpty()) {
            return;
        }
        int size = change.removed().size() + change.added().size();
        UUID[] ancestors = new UUID[size];
        UUID[] descendants = new UUID[size];
        Integer[] signs = new Integer[size];
        int i = 0;
        for (OrganizationTree.Pair pair : change.removed()) {
            ancestors[i] = pair.ancestor();
            descendants[i] = pair.descendant();
            signs[i++] = -1;
        }
        for (OrganizationTree.Pair pair : change.added()) {
            ancestors[i] = pair.ancestor();
            descendants[i] = pair.descendant();
            signs[i++] = 1;
        }
        Set<UUID> left = new HashSet<>();
        change.removed().forEach(pair -> left.add(pair.ancestor()));
        UUID[] leftArray = left.toArray(UUID[]::new);
        for (RollupTable table : RollupTable.values()) {
            sql.update(table.rehomeSql(), ancestors, descendants, signs);
            if (!left.isEmpty()) {
                sql.update(table.cleanAncestorsSql(), (Object) leftArray);
            }
        }
        sql.update("""
                insert into organization_count (ancestor_id, type, n)
                select p.a, o.type, sum(p.sign) from unnest(?::uuid[], ?::uuid[], ?::int4[]) as p(a, b, sign)
                join organization_view o on o.id = p.b group by p.a, o.type order by 1, 2
                on conflict (ancestor_id, type) do update set n = organization_count.n + excluded.n""", ancestors, descendants, signs);
        if (!left.isEmpty()) {
            sql.update("delete from organization_count where ancestor_id = any(?::uuid[]) and n = 0", (Object) leftArray);
        }
        if (!change.added().isEmpty()) {
            sql.update(
                    """
                            insert into subtree_freshness (ancestor_id, last_event_at)
                            select p.a, max(f.last_event_at) from unnest(?::uuid[], ?::uuid[]) as p(a, b) join branch_freshness f on f.branch_id = p.b
                            group by p.a order by 1
                            on conflict (ancestor_id) do update set last_event_at = greatest(subtree_freshness.last_event_at, excluded.last_event_at)""",
                    change.added().stream().map(OrganizationTree.Pair::ancestor).toArray(UUID[]::new),
                    change.added().stream().map(OrganizationTree.Pair::descendant).toArray(UUID[]::new));
        }
        if (!left.isEmpty()) {
            recomputeFreshness(leftArray);
        }
    }

    /**
     * An ancestor a branch left is as fresh as what remains under it, as a refill from the facts
     * finds it; kept as "the latest ever", it would depend on the order events were applied in. Each is
     * derived from its own row and its direct children's, the deepest first, so the cost is the tree's
     * fan-out along the path, not the size of the subtree.
     */
    private void recomputeFreshness(UUID[] ancestors) {
        List<UUID> deepestFirst = sql.query("""
                select descendant_id from organization_closure where descendant_id = any(?::uuid[])
                group by descendant_id order by count(*) desc""", row -> (UUID) row.getObject(1), (Object) ancestors);
        for (UUID ancestor : deepestFirst) {
            sql.update("""
                    with now as (select greatest((select last_event_at from branch_freshness where branch_id = ?),
                        (select max(s.last_event_at) from organization_closure c join subtree_freshness s on s.ancestor_id = c.descendant_id
                         where c.ancestor_id = ? and c.depth = 1)) as at),
                    gone as (delete from subtree_freshness where ancestor_id = ? and (select at from now) is null)
                    insert into subtree_freshness (ancestor_id, last_event_at) select ?, at from now where at is not null
                    on conflict (ancestor_id) do update set last_event_at = excluded.last_event_at""",
                    ancestor, ancestor, ancestor, ancestor);
        }
    }

    private void apply(RollupTable table, Map<List<Object>, long[]> deltas) {
        deltas.values().removeIf(values -> Arrays.stream(values).allMatch(v -> v == 0));
        if (deltas.isEmpty()) {
            return;
        }
        int rows = deltas.size();
        List<Object[]> keyColumns = keyColumns(table, deltas.keySet(), rows);
        List<Object> parameters = new ArrayList<>(keyColumns);
        for (int v = 0; v < table.values.size(); v++) {
            Long[] column = new Long[rows];
            int r = 0;
            for (long[] values : deltas.values()) {
                column[r++] = values[v];
            }
            parameters.add(column);
        }
        sql.update(table.applySql(), parameters.toArray());
        // Any delta can bring a row to zero, not only a negative one: member changes are signed (a person stops counting in
        // one month, -1, and starts in another, +1), and a replay may meet them in another order than the live consumer did.
        // Every touched row at zero is removed, so a figure that is gone leaves no row behind whatever the order.
        Object[] touched = keyColumns(table, deltas.keySet(), rows).toArray();
        sql.update(table.cleanOwnSql(), touched);
        sql.update(table.cleanRollupSql(), touched);
    }

    /** The branch column and one typed array per key column. */
    private static List<Object[]> keyColumns(RollupTable table, Collection<List<Object>> keys, int rows) {
        List<Object[]> columns = new ArrayList<>();
        columns.add(new UUID[rows]);
        for (RollupTable.Column column : table.keys) {
            columns.add((Object[]) Array.newInstance(switch (column.type()) {
                case "uuid" -> UUID.class;
                case "date" -> LocalDate.class;
                default -> String.class;
            }, rows));
        }
        int r = 0;
        for (List<Object> key : keys) {
            for (int c = 0; c < key.size(); c++) {
                columns.get(c)[r] = key.get(c);
            }
            r++;
        }
        return columns;
    }
}
