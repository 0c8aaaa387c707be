package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.config.CadenceConfig;
import io.partybranch.reporting.config.DueConfig;
import io.partybranch.reporting.domain.CadenceUnit;
import io.partybranch.reporting.domain.DueItem;
import io.partybranch.reporting.domain.Labels;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.model.Pipeline;
import io.partybranch.reporting.repository.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * "Due before missed" for one branch: what its cadences require in the current month, quarter and
 * year and is not yet held, the activities it planned inside the window, development steps and
 * committee terms coming due, and summaries its superiors want by a deadline. Today is the business
 * calendar's (Asia/Shanghai).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DueService {

    @Inject
    BulkSql sql;

    @Inject
    CadenceConfig cadences;

    @Inject
    DueConfig lead;

    @Inject
    PipelineService pipelines;

    public record BranchDue(UUID branchId, String branchName, LocalDate today, List<DueItem> items) {
    }

    public BranchDue forBranch(UUID branchId) {
        return forBranch(branchId, BusinessCalendar.today());
    }

    /** As on a given business day (the announcing job keeps one day for a whole run). */
    public BranchDue forBranch(UUID branchId, LocalDate today) {
        OrganizationView branch = OrganizationView.branch(branchId);
        List<DueItem> items = new ArrayList<>(cadenceItems(branchId, today));
        items.addAll(plannedItems(branchId, today));
        items.addAll(developmentItems(branchId, today));
        items.addAll(summaryItems(branchId, today));
        items.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::kind).thenComparing(DueItem::text));
        return new BranchDue(branchId, branch.name, today, items);
    }

    /** The cadence units containing today (this month, quarter, year), as kind → first day. */
    public static Map<String, LocalDate> currentUnits(LocalDate today) {
        Map<String, LocalDate> units = new HashMap<>();
        CadenceUnit.containing(today).forEach(unit -> units.put(unit.kind(), unit.start()));
        return units;
    }

    private List<DueItem> cadenceItems(UUID branchId, LocalDate today) {
        Map<String, LocalDate> units = currentUnits(today);
        Set<List<Object>> held = new HashSet<>();
        // A month's unit and the quarter's can start on the same day: the kind and the start together name a unit.
        sql.query(
                """
                        select holder_id, type, unit_kind, unit_start from unit_held where branch_id = ? and held > 0 and unit_start = any(?::date[])""",
                row -> held.add(List.of(row.getObject(1), row.getString(2), row.getString(3), row.getObject(4, LocalDate.class))), branchId,
                units.values().toArray(LocalDate[]::new));
        Map<UUID, String> groups = new LinkedHashMap<>();
        sql.query("select id, name from organization_view where parent_id = ? and type = 'PARTY_GROUP' order by name, id",
                row -> groups.put((UUID) row.getObject(1), row.getString(2)), branchId);
        List<DueItem> items = new ArrayList<>();
        for (Map.Entry<String, String> cadence : new TreeMap<>(cadences.cadences()).entrySet()) {
            String type = cadence.getKey();
            String kind = cadence.getValue().replace("/GROUP", "");
            boolean perGroup = cadence.getValue().endsWith("/GROUP");
            LocalDate end = new CadenceUnit(kind, units.get(kind)).end();
            long left = DueItem.daysLeft(today, end);
            Map<UUID, String> holders = perGroup ? groups : Map.of(branchId, "");
            holders.forEach((holder, groupName) -> {
                if (!held.contains(List.of(holder, type, kind, units.get(kind)))) {
                    items.add(new DueItem("CADENCE", DueItem.unitWord(kind) + groupName + Labels.of(Labels.ACTIVITY_TYPES, type) + "尚未"
                            + DueItem.verb(type) + "，" + DueItem.remaining(left), end, left, left <= lead.cadence(), type, holder));
                }
            });
        }
        return items;
    }

    private List<DueItem> plannedItems(UUID branchId, LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        sql.query("""
                select id, type, planned_for from activity_view
                where branch_id = ? and status = 'PLANNED' and planned_for between ? and ? order by planned_for, id""", row -> {
            LocalDate on = row.getObject(3, LocalDate.class);
            String type = row.getString(2);
            long left = DueItem.daysLeft(today, on);
            items.add(new DueItem("PLANNED_ACTIVITY", "计划于" + on.getMonthValue() + "月" + on.getDayOfMonth() + "日" + DueItem.verb(type)
                    + Labels.of(Labels.ACTIVITY_TYPES, type) + "，" + DueItem.remaining(left), on, left, true, type,
                    (UUID) row.getObject(1)));
            return null;
        }, branchId, today, today.plusDays(lead.planned()));
        return items;
    }

    private List<DueItem> developmentItems(UUID branchId, LocalDate today) {
        Pipeline pipeline = pipelines.forBranch(branchId, today);
        List<DueItem> items = new ArrayList<>();
        for (Pipeline.Alert alert : pipeline.alerts()) {
            if (alert.due() != null && !alert.due().isAfter(today.plusDays(lead.development()))) {
                long left = DueItem.daysLeft(today, alert.due());
                items.add(new DueItem("DEVELOPMENT", alert.fullName() + "：" + alert.kindLabel() + "，" + DueItem.remaining(left),
                        alert.due(), left,
                        true, alert.kind(), alert.memberId()));
            }
        }
        for (Pipeline.TermAlert term : pipeline.terms()) {
            long left = DueItem.daysLeft(today, term.termEndsOn());
            items.add(new DueItem("TERM", "支部委员会任期至" + term.termEndsOn() + "，" + term.kindLabel() + "，" + DueItem.remaining(left),
                    term.termEndsOn(), left, true, term.kind(), term.committeeId()));
        }
        return items;
    }

    /** Deadlines above the branch not yet met by a submission (a returned summary owes its resubmission). */
    private List<DueItem> summaryItems(UUID branchId, LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        sql.query("""
                select distinct on (d.period) d.period, d.due_on, d.organization_id from summary_deadline d
                join organization_closure up on up.ancestor_id = d.organization_id and up.descendant_id = ?
                where not exists (select 1 from work_summary s where s.branch_id = up.descendant_id and s.period = d.period
                                  and s.status in ('SUBMITTED', 'ACCEPTED'))
                order by d.period, up.depth""", row -> {
            LocalDate due = row.getObject(2, LocalDate.class);
            if (!due.isAfter(today.plusDays(lead.summary()))) {
                long left = DueItem.daysLeft(today, due);
                items.add(new DueItem("SUMMARY", Period.parse(row.getString(1), null, null).label() + "工作总结尚未报送，" + DueItem.remaining(left),
                        due, left, true, row.getString(1), (UUID) row.getObject(3)));
            }
            return null;
        }, branchId);
        return items;
    }
}
