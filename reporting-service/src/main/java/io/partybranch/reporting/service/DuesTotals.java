package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.reporting.domain.DuesFigures;
import io.partybranch.reporting.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Party dues over a period's months, from the dues pre-aggregates: a subtree reads its root's rows
 * (one per month, whatever its size), a page of branches their own rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DuesTotals {

    @Inject
    BulkSql sql;

    public DuesFigures forSubtree(UUID root, Period period) {
        return read("dues_rollup", "ancestor_id", List.of(root), period).getOrDefault(root, DuesFigures.NONE);
    }

    public DuesFigures forBranch(UUID branch, Period period) {
        return read("dues_branch_month", "branch_id", List.of(branch), period).getOrDefault(branch, DuesFigures.NONE);
    }

    /** The period's figures of each branch, without their months. */
    public Map<UUID, DuesFigures> forBranches(Collection<UUID> branches, Period period) {
        Map<UUID, DuesFigures> figures = new HashMap<>();
        if (!branches.isEmpty()) {
            read("dues_branch_month", "branch_id", branches, period).forEach((branch, dues) -> figures.put(branch, dues.withoutMonths()));
        }
        return figures;
    }

    private Map<UUID, DuesFigures> read(String table, String holder, Collection<UUID> holders, Period period) {
        Map<UUID, List<DuesFigures.Month>> months = new HashMap<>();
        sql.query("select " + holder + ", month, members_billed, members_exempt, members_paid, billed_fen, paid_fen, members_behind, "
                + "members_six_months_behind from " + table + " where " + holder + " = any(?::uuid[]) and month between ? and ? "
                + "order by " + holder + ", month",
                row -> months.computeIfAbsent((UUID) row.getObject(1), h -> new ArrayList<>())
                        .add(new DuesFigures.Month(YearMonth.from(row.getObject(2, LocalDate.class)), row.getLong(3), row.getLong(4),
                                row.getLong(5),
                                row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9))),
                holders.toArray(UUID[]::new), period.from().withDayOfMonth(1), period.to().withDayOfMonth(1));
        Map<UUID, DuesFigures> figures = new HashMap<>();
        months.forEach((h, list) -> figures.put(h, DuesFigures.of(list)));
        return figures;
    }
}
