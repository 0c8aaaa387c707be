package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.DevelopmentProgress;
import io.partybranch.reporting.domain.Labels;
import io.partybranch.reporting.model.Pipeline;
import io.partybranch.reporting.repository.MemberView;
import io.partybranch.reporting.repository.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The development pipeline and the committee term of a branch, read against a date. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PipelineService {

    static final int DUE_WITHIN_DAYS = 30;
    static final int TERM_REMINDER_MONTHS = 6;
    private static final List<String> ORDER = List.of("APPLICANT", "ACTIVIST", "CANDIDATE", "PROBATIONARY", "FULL");

    @Inject
    EntityManager entityManager;

    @Inject
    BulkSql sql;

    /** TERM_OVERDUE, TERM_ENDING (within six months) or null for a term ending on that day. */
    static String termKind(LocalDate termEndsOn, LocalDate asOf) {
        if (termEndsOn.isBefore(asOf)) {
            return "TERM_OVERDUE";
        }
        return termEndsOn.isAfter(asOf.plusMonths(TERM_REMINDER_MONTHS)) ? null : "TERM_ENDING";
    }

    /** Members of the branches whose pipeline is followed: those in good standing, suspended or retained. */
    static List<MemberView> inPipeline(Collection<UUID> branches) {
        return MemberView.list("organizationId in ?1 and membershipState in ?2", branches, DevelopmentProgress.FOLLOWED_STATES);
    }

    /** What falls due for one person on a day: a year as activist, the end of probation, either overdue or within 30 days. */
    static List<Pipeline.Alert> alerts(MemberView person, LocalDate asOf) {
        LocalDate soon = asOf.plusDays(DUE_WITHIN_DAYS);
        List<Pipeline.Alert> alerts = new ArrayList<>();
        if (person.politicalStatus.equals("ACTIVIST") && person.activistSince != null) {
            LocalDate eligible = person.activistSince.plusYears(1);
            if (!eligible.isAfter(asOf)) {
                alerts.add(new Pipeline.Alert(person.id, person.fullName, "ACTIVIST_PAST_A_YEAR", "积极分子培养期已满一年", eligible));
            } else if (!eligible.isAfter(soon)) {
                alerts.add(new Pipeline.Alert(person.id, person.fullName, "ACTIVIST_DUE", "积极分子培养期即将满一年", eligible));
            }
        }
        if (person.politicalStatus.equals("PROBATIONARY") && person.probationEndsOn != null) {
            if (person.probationEndsOn.isBefore(asOf)) {
                alerts.add(new Pipeline.Alert(person.id, person.fullName, "CONVERSION_LATE", "预备期已满尚未转正", person.probationEndsOn));
            } else if (!person.probationEndsOn.isAfter(soon)) {
                alerts.add(new Pipeline.Alert(person.id, person.fullName, "PROBATION_ENDING", "预备期即将届满", person.probationEndsOn));
            }
        }
        return alerts;
    }

    /** A development file as the pipeline shows it; the next step only where it holds (DevelopmentProgress). */
    private record File(String currentStep, LocalDate currentStepOn, String nextStep, LocalDate nextDueOn) {
    }

    private Map<UUID, File> files(UUID[] members) {
        Map<UUID, File> files = new HashMap<>();
        if (members.length > 0) {
            sql.query("""
                    select member_id, current_step, current_step_on, case when deadline_holds then next_step end,
                        case when deadline_holds then next_due_on end from development_progress_view where member_id = any(?::uuid[])""",
                    row -> {
                        files.put((UUID) row.getObject(1), new File(row.getString(2), row.getObject(3, LocalDate.class), row.getString(4),
                                row.getObject(5, LocalDate.class)));
                        return null;
                    }, (Object) members);
        }
        return files;
    }

    private static Pipeline.Stage stage(MemberView person, File file, LocalDate asOf) {
        if (file == null) {
            return new Pipeline.Stage(person.id, person.fullName, person.politicalStatus, person.statusSince, null, null, null, null, null,
                    null, false);
        }
        return new Pipeline.Stage(person.id, person.fullName, person.politicalStatus, person.statusSince, file.currentStep(),
                Labels.of(Labels.DEVELOPMENT_STEPS, file.currentStep()), file.currentStepOn(), file.nextStep(),
                file.nextStep() == null ? null : Labels.of(Labels.DEVELOPMENT_STEPS, file.nextStep()), file.nextDueOn(),
                DevelopmentProgress.overdue(file.nextDueOn(), asOf));
    }

    public Pipeline forBranch(UUID branchId, LocalDate asOf) {
        OrganizationView.branch(branchId);
        List<Pipeline.Stage> stages = new ArrayList<>();
        List<Pipeline.Alert> alerts = new ArrayList<>();
        List<MemberView> persons = inPipeline(List.of(branchId));
        Map<UUID, File> files = files(persons.stream().filter(p -> !p.politicalStatus.equals("FULL")).map(p -> p.id).toArray(UUID[]::new));
        for (MemberView person : persons) {
            if (!person.politicalStatus.equals("FULL")) {
                stages.add(stage(person, files.get(person.id), asOf));
            }
            alerts.addAll(alerts(person, asOf));
        }
        stages.sort(Comparator.comparing((Pipeline.Stage s) -> ORDER.indexOf(s.status())).thenComparing(Pipeline.Stage::since,
                Comparator.nullsLast(Comparator.naturalOrder())));
        alerts.sort(Comparator.comparing(Pipeline.Alert::due));

        List<Pipeline.TermAlert> terms = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> current = entityManager.createNativeQuery(
                "select id, elected_on, term_ends_on from committee_view where branch_id = :b and ended_on is null")
                .setParameter("b", branchId).getResultList();
        for (Object[] row : current) {
            LocalDate ends = JdbcValues.localDate(row[2]);
            String kind = termKind(ends, asOf);
            if (kind != null) {
                terms.add(new Pipeline.TermAlert((UUID) row[0], JdbcValues.localDate(row[1]), ends, kind,
                        Labels.of(Labels.TERM_KINDS, kind)));
            }
        }
        OffsetDateTime freshness = BusinessCalendar.latest((OffsetDateTime) entityManager.createQuery(
                "select max(m.lastEventAt) from MemberView m where m.organizationId = :b").setParameter("b", branchId).getSingleResult(),
                JdbcValues.offsetDateTime(entityManager.createNativeQuery("""
                        select greatest((select max(last_event_at) from committee_view where branch_id = :b),
                            (select max(last_event_at) from development_progress_view where branch_id = :b))""")
                        .setParameter("b", branchId).getSingleResult()));
        return new Pipeline(branchId, asOf, stages, alerts, terms, freshness);
    }
}
