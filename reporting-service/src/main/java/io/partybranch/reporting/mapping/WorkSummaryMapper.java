package io.partybranch.reporting.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.SummarySection;
import io.partybranch.reporting.model.PeriodCollection;
import io.partybranch.reporting.model.SummaryDeadlineResponse;
import io.partybranch.reporting.model.SummaryHistoryEntry;
import io.partybranch.reporting.model.WorkSummaryResponse;
import io.partybranch.reporting.repository.SummaryDeadline;
import io.partybranch.reporting.repository.WorkSummary;
import io.partybranch.reporting.repository.WorkSummaryHistory;
import io.partybranch.reporting.repository.WorkSummaryVersion;
import io.partybranch.reporting.service.SummaryDeadlines;
import io.partybranch.reporting.service.WorkSummaryQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Work summaries, their versions, history and deadlines as the API shows them. */
@ApplicationScoped
public class WorkSummaryMapper {

    @Inject
    ObjectMapper json;

    public WorkSummaryResponse toResponse(WorkSummaryQueries.SummaryView view) {
        WorkSummary s = view.summary();
        SummaryContents.Content content = view.content();
        List<WorkSummaryResponse.Section> sections = new ArrayList<>();
        for (SummarySection section : SummarySection.values()) {
            sections.add(
                    new WorkSummaryResponse.Section(section.name(), section.heading(), content.generated().getOrDefault(section, List.of()),
                            content.narratives().get(section)));
        }
        return new WorkSummaryResponse(s.id, s.branchId, view.branchName(), s.period, Period.parse(s.period, null, null).label(),
                s.periodFrom,
                s.periodTo, s.status.name(), s.version, s.title, s.figuresAsOf, sections, content.figures(),
                view.staleFigures().stream().map(c -> new WorkSummaryResponse.FigureChange(c.figure(), c.was(), c.now())).toList(),
                view.dueOn(), view.late(), s.firstSubmittedAt, view.versions().stream().map(WorkSummaryMapper::toVersion).toList());
    }

    public static WorkSummaryResponse.Version toVersion(WorkSummaryVersion v) {
        return new WorkSummaryResponse.Version(v.number, v.submittedAt, v.submittedBy, v.submittedRole, v.figuresAsOf, v.docxSha256,
                v.decision,
                v.decidedBy, v.decidedRole, v.decidedAt, v.comment);
    }

    public SummaryHistoryEntry toEntry(WorkSummaryHistory h) {
        JsonNode details = null;
        if (h.details != null) {
            try {
                details = json.readTree(h.details);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored history details are not readable", e);
            }
        }
        return new SummaryHistoryEntry(h.seq, h.action, h.actor, h.actorRole, h.at, h.version, h.section, details);
    }

    public static SummaryDeadlineResponse toResponse(SummaryDeadline d) {
        return new SummaryDeadlineResponse(d.organizationId, d.period, d.dueOn, d.setBy, d.setAt, d.version);
    }

    public static PeriodCollection toResponse(SummaryDeadlines.PeriodStanding p) {
        SummaryDeadlines.Totals t = p.totals();
        return new PeriodCollection(p.organizationId(), p.organizationName(), p.period(), p.dueOn(),
                new PeriodCollection.Totals(t.branches(), t.drafts(), t.submitted(), t.accepted(), t.returned(), t.late(), t.missing(),
                        t.notYetDue()),
                p.branches().stream()
                        .map(b -> new PeriodCollection.Branch(b.branchId(), b.branchName(), b.dueOn(), b.summaryId(), b.status(),
                                b.submissions(), b.firstSubmittedAt(), b.late(), b.missing()))
                        .toList(),
                p.page(), p.size());
    }
}
