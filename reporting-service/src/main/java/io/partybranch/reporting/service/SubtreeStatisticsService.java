package io.partybranch.reporting.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.Compliance;
import io.partybranch.reporting.domain.DuesFigures;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.SubtreeReport;
import io.partybranch.reporting.repository.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The branches under a district's bureau committee, a general branch or one branch, for a period:
 * totals from the root's rollups, one page of the ranking computed in SQL, and that page's figures,
 * shortfalls and committee terms. What it reads grows with the page, not with the subtree, except
 * the ranking itself, which orders every branch's two rates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubtreeStatisticsService {

    /** How many branches a document takes from the ranking at a time. */
    private static final int DOCUMENT_PAGE = 500;

    @Inject
    ComplianceService complianceService;

    @Inject
    SubtreeTotals totals;

    @Inject
    BranchRanking ranking;

    @Inject
    BranchDetails details;

    @Inject
    DuesTotals dues;

    public SubtreeReport forSubtree(UUID rootId, Period period, int page, int size) {
        // Found through the scope filter: everything under a visible organisation is visible.
        OrganizationView root = OrganizationView.findById(rootId);
        if (root == null) {
            throw ProblemException.notFound("Organization", rootId);
        }
        Compliance.Requirement requirement = complianceService.requirement(period);
        SubtreeTotals.Counts counts = totals.counts(rootId);
        BranchRanking.Page ranked = counts.branches() == 0
                ? new BranchRanking.Page(List.of(), 0, 0)
                : ranking.page(rootId, period, requirement, page, size);
        List<UUID> ids = ranked.rows().stream().map(BranchRanking.Ranked::branchId).toList();
        Map<UUID, BranchDetails.Details> figures = details.of(ids, period);
        Map<UUID, Compliance> compliance = complianceService.forBranches(ids, period);
        Map<UUID, DuesFigures> duesOf = dues.forBranches(ids, period);
        List<SubtreeReport.BranchRow> rows = new ArrayList<>();
        List<SubtreeReport.Shortfall> fallingShort = new ArrayList<>();
        for (BranchRanking.Ranked row : ranked.rows()) {
            BranchDetails.Details d = figures.get(row.branchId());
            rows.add(new SubtreeReport.BranchRow(row.rank(), row.branchId(), row.name(), d.members(), d.activities(), row.expected(),
                    row.present(), row.met(), row.required(), d.activistsPastAYear(), d.conversionsLate(), d.honours(), d.trustBallots(),
                    d.trusted(), duesOf.getOrDefault(row.branchId(), DuesFigures.NONE)));
            if (row.met() < row.required()) {
                List<SubtreeReport.Missed> missed = new ArrayList<>();
                compliance.get(row.branchId()).cadences().forEach(cadence -> cadence.units().stream().filter(unit -> !unit.met())
                        .forEach(unit -> missed.add(new SubtreeReport.Missed(cadence.type(), cadence.partyGroupId(), unit.unit()))));
                fallingShort.add(new SubtreeReport.Shortfall(row.branchId(), row.name(), row.met(), row.required(), missed));
            }
        }
        Map<UUID, String> names = new HashMap<>();
        ranked.rows().forEach(row -> names.put(row.branchId(), row.name()));
        List<SubtreeReport.TermEnding> terms = new ArrayList<>();
        for (Object[] term : details.terms(ids, period.to())) {
            LocalDate ends = (LocalDate) term[2];
            terms.add(new SubtreeReport.TermEnding((UUID) term[0], names.get((UUID) term[0]), (LocalDate) term[1], ends,
                    PipelineService.termKind(ends, period.to())));
        }
        return new SubtreeReport(root.id, root.name, period, page, size, rows,
                totals.totals(rootId, period, requirement, counts, ranked.fallingShort()), fallingShort, terms,
                BusinessCalendar.latest(root.lastEventAt, totals.asOf(rootId)));
    }

    /** Every branch, for a document: the ranking read a bounded page at a time. */
    public SubtreeReport forSubtree(UUID rootId, Period period) {
        SubtreeReport first = forSubtree(rootId, period, 0, DOCUMENT_PAGE);
        List<SubtreeReport.BranchRow> rows = new ArrayList<>(first.branches());
        List<SubtreeReport.Shortfall> fallingShort = new ArrayList<>(first.fallingShort());
        List<SubtreeReport.TermEnding> terms = new ArrayList<>(first.termsEnding());
        for (int page = 1; (long) page * DOCUMENT_PAGE < first.totals().branches(); page++) {
            SubtreeReport next = forSubtree(rootId, period, page, DOCUMENT_PAGE);
            rows.addAll(next.branches());
            fallingShort.addAll(next.fallingShort());
            terms.addAll(next.termsEnding());
        }
        terms.sort(Comparator.comparing(SubtreeReport.TermEnding::termEndsOn).thenComparing(SubtreeReport.TermEnding::branchId));
        return new SubtreeReport(first.organizationId(), first.organizationName(), period, 0, rows.size(), rows, first.totals(),
                fallingShort,
                terms, first.asOf());
    }
}
