package io.partybranch.reporting.service;

import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.ProblemException;
import io.partybranch.reporting.document.Document;
import io.partybranch.reporting.domain.FigureChange;
import io.partybranch.reporting.domain.SummaryStatus;
import io.partybranch.reporting.mapping.SummaryContents;
import io.partybranch.reporting.repository.OrganizationView;
import io.partybranch.reporting.repository.WorkSummary;
import io.partybranch.reporting.repository.WorkSummaryHistory;
import io.partybranch.reporting.repository.WorkSummaryVersion;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading summaries: a draft with what changed in the records since, the list, the versions as submitted, the history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkSummaryQueries {

    @Inject
    WorkSummaryWorkflow workflow;

    @Inject
    SummaryContents contents;

    @Inject
    SummaryDeadlines deadlines;

    /** A summary as its readers see it; {@code staleFigures} only for one still being written. */
    public record SummaryView(WorkSummary summary, SummaryContents.Content content, String branchName, List<FigureChange> staleFigures,
            LocalDate dueOn, boolean late, List<WorkSummaryVersion> versions) {
    }

    public SummaryView view(UUID id) {
        return view(WorkSummaryWorkflow.found(id));
    }

    public SummaryView view(WorkSummary summary) {
        return view(summary, true);
    }

    /** In a list, the figures are not recomputed and versions are left out: read one summary for them. */
    public SummaryView listed(WorkSummary summary) {
        return view(summary, false);
    }

    private SummaryView view(WorkSummary summary, boolean whole) {
        OrganizationView branch = OrganizationView.findById(summary.branchId);
        LocalDate dueOn = deadlines.dueOn(summary.branchId, summary.period);
        List<FigureChange> stale = whole && summary.status.editable() ? workflow.staleFigures(summary) : List.of();
        return new SummaryView(summary, workflow.content(summary), branch == null ? null : branch.name, stale, dueOn,
                SummaryDeadlines.late(summary.firstSubmittedAt, dueOn), whole ? versions(summary.id) : List.of());
    }

    public PageResponse<WorkSummary> list(UUID branchId, String period, SummaryStatus status, PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (branchId != null) {
            where.append(" and branchId = :branch");
            parameters.and("branch", branchId);
        }
        if (period != null) {
            where.append(" and period = :period");
            parameters.and("period", period);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        PanacheQuery<WorkSummary> query = WorkSummary.find(where.toString(),
                page.panacheSort("period", Map.of("period", "period", "updatedAt", "updatedAt", "status", "status")), parameters);
        return page.toResponse(query.page(page.panachePage()).list(), query.count());
    }

    public Document document(UUID id) {
        return contents.document(workflow.content(WorkSummaryWorkflow.found(id)));
    }

    public List<WorkSummaryVersion> versions(UUID summaryId) {
        return WorkSummaryVersion.list("summaryId = ?1 order by number", summaryId);
    }

    public WorkSummaryVersion version(UUID id, int number) {
        WorkSummary summary = WorkSummaryWorkflow.found(id);
        WorkSummaryVersion version = WorkSummaryVersion.find("summaryId = ?1 and number = ?2", summary.id, number).firstResult();
        if (version == null) {
            throw ProblemException.notFound("Version " + number + " of work summary", id);
        }
        return version;
    }

    /** A submitted version as it was sent: its own text and figures. */
    public Document versionDocument(WorkSummaryVersion version) {
        return contents.document(
                new SummaryContents.Content(version.title, contents.closing(version.closing), contents.generated(version.generated),
                        contents.figures(version.figures), contents.narratives(version.narratives), version.figuresAsOf));
    }

    public List<WorkSummaryHistory> history(UUID id) {
        WorkSummary summary = WorkSummaryWorkflow.found(id);
        return WorkSummaryHistory.list("summaryId = ?1 order by seq", summary.id);
    }
}
