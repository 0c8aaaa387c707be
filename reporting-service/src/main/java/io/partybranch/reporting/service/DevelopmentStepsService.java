package io.partybranch.reporting.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.DevelopmentProgress;
import io.partybranch.reporting.domain.Labels;
import io.partybranch.reporting.model.DevelopmentSteps;
import io.partybranch.reporting.repository.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A district's (or any organisation's) development files in counts, read from the root's own rollup
 * rows (DevelopmentApplier keeps them per branch and per ancestor): a bounded number of rows, the
 * steps and the days next time limits fall on, whether the root is one branch or a province.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DevelopmentStepsService {

    @Inject
    BulkSql sql;

    @Inject
    SubtreeTotals totals;

    public DevelopmentSteps forSubtree(UUID rootId, LocalDate asOf) {
        // Found through the scope filter: everything under a visible organisation is visible.
        OrganizationView root = OrganizationView.findById(rootId);
        if (root == null) {
            throw ProblemException.notFound("Organization", rootId);
        }
        List<DevelopmentSteps.StepCount> byStep = counts(
                sql.query("select step, n from development_step_rollup where ancestor_id = ? and n > 0",
                        row -> count(row.getString(1), row.getLong(2)), rootId));
        List<DevelopmentSteps.StepCount> overdue = counts(sql.query("""
                select kind, sum(n) from development_due_rollup where ancestor_id = ? and due_on < ? group by kind having sum(n) > 0""",
                row -> count(row.getString(1), row.getLong(2)), rootId, asOf));
        return new DevelopmentSteps(root.id, root.name, asOf, total(byStep), byStep, total(overdue), overdue,
                BusinessCalendar.latest(root.lastEventAt, totals.asOf(rootId)));
    }

    private static DevelopmentSteps.StepCount count(String step, long persons) {
        return new DevelopmentSteps.StepCount(step, Labels.of(Labels.DEVELOPMENT_STEPS, step), persons);
    }

    private static List<DevelopmentSteps.StepCount> counts(List<DevelopmentSteps.StepCount> counts) {
        List<DevelopmentSteps.StepCount> ordered = new ArrayList<>(counts);
        ordered.sort(Comparator.comparing((DevelopmentSteps.StepCount c) -> DevelopmentProgress.order(c.step()))
                .thenComparing(DevelopmentSteps.StepCount::step));
        return ordered;
    }

    private static long total(List<DevelopmentSteps.StepCount> counts) {
        return counts.stream().mapToLong(DevelopmentSteps.StepCount::persons).sum();
    }
}
