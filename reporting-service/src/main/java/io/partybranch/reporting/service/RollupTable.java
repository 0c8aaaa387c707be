package io.partybranch.reporting.service;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A pre-aggregate kept twice: per branch ({@code own}, the branch's own facts summed) and per ancestor
 * ({@code rollup}, the sum of {@code own} over every branch of the ancestor's subtree, the branch
 * itself included). The rollup's keys are the own table's minus the ones it sums over.
 *
 * <p>Invariant, whatever order events and tree changes arrive in: {@code rollup(a) = Σ own(b)} over
 * the closure pairs {@code (a, b)}. A fact's delta goes to {@code own(b)} and to every ancestor of b; a
 * tree change moves {@code own(b)} from the ancestors b left to those it joined.
 */
enum RollupTable {

    ACTIVITY("activity_month", "activity_rollup",
            List.of(column("organization_id", "uuid"), column("type", "text"), column("month", "date")),
            List.of("type", "month"), List.of("held", "expected", "present")), UNIT_MET("unit_met", "unit_rollup",
                    List.of(column("type", "text"), column("unit_kind", "text"), column("unit_start", "date"),
                            column("holder_kind", "text")),
                    List.of("type", "unit_kind", "unit_start", "holder_kind"), List.of("holders")), MEMBER_CHANGE("member_change",
                            "member_change_rollup",
                            List.of(column("month", "date"), column("dimension", "text"), column("value", "text")),
                            List.of("month", "dimension", "value"), List.of("n")), MEMBER_FLOW("member_flow", "member_flow_rollup",
                                    List.of(column("month", "date"), column("kind", "text")), List.of("month", "kind"),
                                    List.of("n")), MEMBER_DUE("member_due", "member_due_rollup",
                                            List.of(column("kind", "text"), column("due_on", "date")), List.of("kind", "due_on"),
                                            List.of("n")), HONOUR("honour_month", "honour_rollup",
                                                    List.of(column("month", "date"), column("kind", "text"), column("level", "text")),
                                                    List.of("month", "kind", "level"),
                                                    List.of("count")), EVALUATION("evaluation_month", "evaluation_rollup",
                                                            List.of(column("month", "date"), column("grade", "text")),
                                                            List.of("month", "grade"), List.of("count")), TRUST("trust_month",
                                                                    "trust_rollup", List.of(column("month", "date")), List.of("month"),
                                                                    List.of("ballots", "trusted")),
    /** Party dues per month; the values in the order of {@link DuesApplier#values}. */
    DUES("dues_branch_month", "dues_rollup", List.of(column("month", "date")), List.of("month"), List.of("members_billed",
            "members_exempt", "members_paid", "billed_fen", "paid_fen", "members_behind", "members_six_months_behind")),
    /** Persons in development by the current step of their file. */
    DEVELOPMENT_STEP("development_step_branch", "development_step_rollup", List.of(column("step", "text")), List.of("step"), List.of("n")),
    /** The next time limit of each person's file, by the day it falls due: overdue is a sum over the days before today. */
    DEVELOPMENT_DUE("development_due", "development_due_rollup", List.of(column("kind", "text"), column("due_on", "date")),
            List.of("kind", "due_on"), List.of("n"));

    record Column(String name, String type) {
    }

    final String own;
    final String rollup;
    final List<Column> keys;
    final List<String> rollupKeys;
    final List<String> values;

    RollupTable(String own, String rollup, List<Column> keys, List<String> rollupKeys, List<String> values) {
        this.own = own;
        this.rollup = rollup;
        this.keys = keys;
        this.rollupKeys = rollupKeys;
        this.values = values;
    }

    private static Column column(String name, String type) {
        return new Column(name, type);
    }

    /** Applies per-branch deltas bound as arrays (branch, keys…, values…) to both tables in one statement. */
    String applySql() {
        String keyNames = names(keys);
        String source = "select * from unnest(?::uuid[], "
                + keys.stream().map(k -> "?::" + k.type() + "[]").collect(Collectors.joining(", "))
                + ", " + values.stream().map(v -> "?::int8[]").collect(Collectors.joining(", ")) + ") as d(branch_id, " + keyNames + ", "
                + String.join(", ", values) + ")";
        return "with d as (" + source + "), own as (insert into " + own + " (branch_id, " + keyNames + ", " + String.join(", ", values)
                + ")"
                + " select branch_id, " + keyNames + ", " + String.join(", ", values) + " from d order by branch_id, " + keyNames
                + " on conflict (branch_id, " + keyNames + ") do update set " + increments(own) + ")"
                + " insert into " + rollup + " (ancestor_id, " + String.join(", ", rollupKeys) + ", " + String.join(", ", values) + ")"
                + " select c.ancestor_id, " + prefixed("d.", rollupKeys) + ", " + sums("d.")
                + " from d join organization_closure c on c.descendant_id = d.branch_id"
                + " group by c.ancestor_id, " + prefixed("d.", rollupKeys) + " order by 1, " + positions()
                + " on conflict (ancestor_id, " + String.join(", ", rollupKeys) + ") do update set " + increments(rollup);
    }

    /** Deletes the rows of both tables that the deltas (branch, keys… as arrays) may have brought to zero. */
    String cleanOwnSql() {
        return "delete from " + own + " t using unnest(?::uuid[], "
                + keys.stream().map(k -> "?::" + k.type() + "[]").collect(Collectors.joining(", "))
                + ") as k(branch_id, " + names(keys) + ") where t.branch_id = k.branch_id and "
                + keys.stream().map(k -> "t." + k.name() + " = k." + k.name()).collect(Collectors.joining(" and ")) + " and " + zero("t.");
    }

    String cleanRollupSql() {
        return "delete from " + rollup + " t using (select distinct c.ancestor_id, " + prefixed("k.", rollupKeys)
                + " from unnest(?::uuid[], "
                + keys.stream().map(k -> "?::" + k.type() + "[]").collect(Collectors.joining(", ")) + ") as k(branch_id, " + names(keys)
                + ") join organization_closure c on c.descendant_id = k.branch_id) z where t.ancestor_id = z.ancestor_id and "
                + rollupKeys.stream().map(k -> "t." + k + " = z." + k).collect(Collectors.joining(" and ")) + " and " + zero("t.");
    }

    /** Adds (sign 1) or takes away (sign -1) each pair's descendant's own rows at the pair's ancestor. */
    String rehomeSql() {
        return "insert into " + rollup + " (ancestor_id, " + String.join(", ", rollupKeys) + ", " + String.join(", ", values) + ")"
                + " select p.a, " + prefixed("o.", rollupKeys) + ", " + values.stream().map(v -> "sum(p.sign * o." + v + ")::bigint")
                        .collect(Collectors.joining(", "))
                + " from unnest(?::uuid[], ?::uuid[], ?::int4[]) as p(a, b, sign) join " + own
                + " o on o.branch_id = p.b group by p.a, " + prefixed("o.", rollupKeys) + " order by 1, " + positions()
                + " on conflict (ancestor_id, " + String.join(", ", rollupKeys) + ") do update set " + increments(rollup);
    }

    String cleanAncestorsSql() {
        return "delete from " + rollup + " t where t.ancestor_id = any(?::uuid[]) and " + zero("t.");
    }

    private String increments(String table) {
        return values.stream().map(v -> v + " = " + table + "." + v + " + excluded." + v).collect(Collectors.joining(", "));
    }

    private String sums(String prefix) {
        return values.stream().map(v -> "sum(" + prefix + v + ")::bigint").collect(Collectors.joining(", "));
    }

    private String zero(String prefix) {
        return values.stream().map(v -> prefix + v + " = 0").collect(Collectors.joining(" and "));
    }

    private String positions() {
        StringBuilder positions = new StringBuilder();
        for (int i = 0; i < rollupKeys.size(); i++) {
            positions.append(i == 0 ? "" : ", ").append(i + 2);
        }
        return positions.toString();
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private static String prefixed(String prefix, List<String> names) {
        return names.stream().map(n -> prefix + n).collect(Collectors.joining(", "));
    }
}
