package io.partybranch.reporting.service;

import io.partybranch.common.codec.Sha256;
import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.ETags;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.document.Renderers;
import io.partybranch.reporting.domain.FigureChange;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.ReportingRule;
import io.partybranch.reporting.domain.SummarySection;
import io.partybranch.reporting.domain.SummaryStatus;
import io.partybranch.reporting.events.OutgoingContracts;
import io.partybranch.reporting.mapping.SummaryContents;
import io.partybranch.reporting.repository.OrganizationView;
import io.partybranch.reporting.repository.WorkSummary;
import io.partybranch.reporting.repository.WorkSummaryVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A branch's 工作总结 from draft to acceptance: drafted from the records, its narratives edited, its
 * figures refreshed, submitted (figures frozen with their asOf, the .docx stored as sent), then
 * accepted or returned by a superior and resubmitted. Every step is kept in the history, and each
 * submission, return and acceptance is published through the outbox in the step's transaction.
 */
@ApplicationScoped
@Transactional
public class WorkSummaryWorkflow {

    @Inject
    WorkSummaryService generator;

    @Inject
    SchoolCalendar calendar;

    @Inject
    SummaryContents contents;

    @Inject
    SummaryRoles roles;

    @Inject
    SummaryHistoryLog history;

    @Inject
    SummaryDeadlines deadlines;

    @Inject
    EventPublisher events;

    public WorkSummary draft(UUID branchId, String periodName) {
        roles.requireWriter();
        OrganizationView.branch(branchId);
        Period period = calendar.period(branchId, periodName, null, null);
        if (period.from().isAfter(BusinessCalendar.today())) {
            throw ProblemException.refused(ReportingRule.SUMMARY_PERIOD_NOT_BEGUN, "Period " + periodName + " begins on " + period.from());
        }
        if (WorkSummary.count("branchId = ?1 and period = ?2", branchId, periodName) > 0) {
            throw ProblemException.refused(ReportingRule.SUMMARY_EXISTS, "Branch " + branchId + " already has a summary for " + periodName);
        }
        WorkSummaryService.Generated generated = generator.generate(branchId, period);
        WorkSummary summary = new WorkSummary();
        summary.id = UUID.randomUUID();
        summary.branchId = branchId;
        summary.period = periodName;
        summary.periodFrom = period.from();
        summary.periodTo = period.to();
        summary.status = SummaryStatus.DRAFT;
        summary.title = generated.document().title();
        summary.closing = contents.write(generated.document().closing());
        fill(summary, generated);
        summary.narratives = contents.write(new EnumMap<>(SummarySection.class));
        summary.createdBy = roles.subject();
        summary.createdAt = BusinessCalendar.now();
        summary.updatedAt = summary.createdAt;
        summary.persist();
        history.record(summary.id, "CREATED", null, null, Map.of("asOf", String.valueOf(summary.figuresAsOf)));
        return summary;
    }

    public WorkSummary editNarrative(UUID id, String ifMatch, SummarySection section, String narrative) {
        WorkSummary summary = editable(id, ifMatch);
        Map<SummarySection, String> narratives = contents.narratives(summary.narratives);
        if (narrative.isBlank()) {
            narratives.remove(section);
        } else {
            narratives.put(section, narrative);
        }
        summary.narratives = contents.write(narratives);
        summary.updatedAt = BusinessCalendar.now();
        history.record(summary.id, "EDITED", null, section, Map.of("narrative", narrative));
        return summary;
    }

    /** Regenerates the text and figures from the records as they stand, keeping the narratives. */
    public WorkSummary refresh(UUID id, String ifMatch) {
        WorkSummary summary = editable(id, ifMatch);
        WorkSummaryService.Generated generated = generator.generate(summary.branchId, period(summary));
        List<FigureChange> changes = FigureChange.between(contents.figures(summary.figures), SummaryFigures.of(generated.statistics()));
        summary.title = generated.document().title();
        summary.closing = contents.write(generated.document().closing());
        fill(summary, generated);
        summary.updatedAt = BusinessCalendar.now();
        history.record(summary.id, "REFRESHED", null, null, Map.of("changed", changes, "asOf", String.valueOf(summary.figuresAsOf)));
        return summary;
    }

    public WorkSummary submit(UUID id, String ifMatch) {
        WorkSummary summary = editable(id, ifMatch);
        List<FigureChange> stale = staleFigures(summary);
        if (!stale.isEmpty()) {
            throw ProblemException.refused(ReportingRule.SUMMARY_FIGURES_STALE, "The records now give other figures for " + stale.stream()
                    .map(FigureChange::figure).toList() + "; refresh the summary (POST …/refresh) before submitting it");
        }
        SummaryContents.Content content = content(summary);
        byte[] docx = Renderers.docx(contents.document(content));
        WorkSummaryVersion version = new WorkSummaryVersion();
        version.summaryId = summary.id;
        version.number = summary.submissions + 1;
        version.title = summary.title;
        version.closing = summary.closing;
        version.generated = summary.generated;
        version.figures = summary.figures;
        version.figuresAsOf = summary.figuresAsOf;
        version.narratives = summary.narratives;
        version.docx = docx;
        version.docxSha256 = Sha256.hex(docx);
        version.submittedBy = roles.subject();
        version.submittedRole = roles.role();
        version.submittedAt = BusinessCalendar.now();
        version.persist();
        summary.submissions = version.number;
        summary.status = SummaryStatus.SUBMITTED;
        summary.firstSubmittedAt = summary.firstSubmittedAt == null ? version.submittedAt : summary.firstSubmittedAt;
        summary.updatedAt = version.submittedAt;
        history.record(summary.id, "SUBMITTED", version.number, null, Map.of("asOf", String.valueOf(summary.figuresAsOf),
                "docxSha256", version.docxSha256));
        publish(OutgoingContracts.SUMMARY_SUBMITTED, summary, version, null);
        return summary;
    }

    public WorkSummary accept(UUID id, String ifMatch, String comment) {
        return decide(id, ifMatch, SummaryStatus.ACCEPTED, comment);
    }

    public WorkSummary giveBack(UUID id, String ifMatch, String comment) {
        if (comment == null || comment.isBlank()) {
            throw ProblemException.invalid("comment", "a returned summary says what to change");
        }
        return decide(id, ifMatch, SummaryStatus.RETURNED, comment);
    }

    private WorkSummary decide(UUID id, String ifMatch, SummaryStatus decision, String comment) {
        WorkSummary summary = found(id);
        roles.requireSuperiorOf(summary.branchId, "review a branch's work summary");
        ETags.requireMatch(ifMatch, summary.version);
        if (summary.status != SummaryStatus.SUBMITTED) {
            throw ProblemException.refused(ReportingRule.SUMMARY_NOT_SUBMITTED, "Summary " + id + " is " + summary.status);
        }
        WorkSummaryVersion version = WorkSummaryVersion.find("summaryId = ?1 and number = ?2", summary.id, summary.submissions)
                .firstResult();
        if (version.submittedBy.equals(roles.subject())) {
            throw ProblemException.refused(ReportingRule.SUMMARY_OWN_REVIEW, "Version " + version.number + " was submitted by this caller");
        }
        version.decision = decision.name();
        version.decidedBy = roles.subject();
        version.decidedRole = roles.role();
        version.decidedAt = BusinessCalendar.now();
        version.comment = comment == null || comment.isBlank() ? null : comment;
        summary.status = decision;
        summary.updatedAt = version.decidedAt;
        history.record(summary.id, decision.name(), version.number, null,
                version.comment == null ? Map.of() : Map.of("comment", version.comment));
        publish(decision == SummaryStatus.ACCEPTED ? OutgoingContracts.SUMMARY_ACCEPTED : OutgoingContracts.SUMMARY_RETURNED, summary,
                version,
                version.comment);
        return summary;
    }

    /** The figures the records give now that differ from the ones the summary holds. */
    public List<FigureChange> staleFigures(WorkSummary summary) {
        WorkSummaryService.Generated now = generator.generate(summary.branchId, period(summary));
        return FigureChange.between(contents.figures(summary.figures), SummaryFigures.of(now.statistics()));
    }

    public SummaryContents.Content content(WorkSummary summary) {
        return new SummaryContents.Content(summary.title, contents.closing(summary.closing), contents.generated(summary.generated),
                contents.figures(summary.figures), contents.narratives(summary.narratives), summary.figuresAsOf);
    }

    static WorkSummary found(UUID id) {
        WorkSummary summary = WorkSummary.findById(id);
        if (summary == null) {
            throw ProblemException.notFound("Work summary", id);
        }
        return summary;
    }

    private WorkSummary editable(UUID id, String ifMatch) {
        WorkSummary summary = found(id);
        roles.requireWriter();
        ETags.requireMatch(ifMatch, summary.version);
        if (!summary.status.editable()) {
            throw ProblemException.refused(ReportingRule.SUMMARY_NOT_EDITABLE, "Summary " + id + " is " + summary.status);
        }
        return summary;
    }

    private void fill(WorkSummary summary, WorkSummaryService.Generated generated) {
        summary.generated = contents.write(SummaryContents.sections(generated.document()));
        summary.figures = contents.write(SummaryFigures.of(generated.statistics()));
        summary.figuresAsOf = generated.document().asOf();
    }

    private Period period(WorkSummary summary) {
        return new Period(summary.periodFrom, summary.periodTo, Period.parse(summary.period, null, null).label());
    }

    private void publish(String type, WorkSummary summary, WorkSummaryVersion version, String comment) {
        WorkSummary.getEntityManager().flush();
        OrganizationView branch = OrganizationView.findById(summary.branchId);
        LocalDate dueOn = deadlines.dueOn(summary.branchId, summary.period);
        OffsetDateTime at = summary.updatedAt;
        events.publish(type, summary.id, summary.branchId, new OutgoingContracts.SummaryState(summary.id, summary.branchId,
                branch == null ? null : branch.name, branch == null ? null : branch.districtCode, summary.period,
                period(summary).label(), summary.status.name(), version.number, version.figuresAsOf, version.docxSha256, dueOn,
                SummaryDeadlines.late(summary.firstSubmittedAt, dueOn), roles.role(), comment, at, summary.version));
    }

}
