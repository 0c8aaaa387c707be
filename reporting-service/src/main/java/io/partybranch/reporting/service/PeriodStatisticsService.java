package io.partybranch.reporting.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.config.CadenceConfig;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.repository.MemberView;
import io.partybranch.reporting.repository.OrganizationView;
import io.partybranch.reporting.rest.model.PeriodStatistics;
import io.partybranch.reporting.rest.model.PeriodStatistics.ActivityFigures;
import io.partybranch.reporting.rest.model.PeriodStatistics.Cadence;
import io.partybranch.reporting.rest.model.PeriodStatistics.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A branch's figures for a period, computed from the read models: members by their status on the
 * period's last day, activities held in it, and compliance with the configured cadences.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeriodStatisticsService {

    @Inject
    EntityManager entityManager;

    @Inject
    CadenceConfig cadences;

    public PeriodStatistics forBranch(UUID branchId, Period period) {
        OrganizationView branch = OrganizationView.findById(branchId);
        if (branch == null) {
            throw ProblemException.notFound("Organization", branchId);
        }
        LocalDate end = period.to();
        List<MemberView> people = MemberView.list("organizationId", branchId);
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byState = new TreeMap<>();
        Map<String, Long> byGender = new TreeMap<>();
        Map<String, Long> byEducation = new TreeMap<>();
        Map<String, Long> byAge = new TreeMap<>();
        Map<String, Long> byStanding = new TreeMap<>();
        long partyMembers = 0;
        long attached = 0;
        long joined = 0;
        long converted = 0;
        for (MemberView person : people) {
            String status = statusOn(person, end);
            if (status == null) {
                continue; // not yet in the pipeline on that date
            }
            count(byStatus, status);
            count(byState, person.membershipState);
            if (!status.equals("FULL") && !status.equals("PROBATIONARY")) {
                continue;
            }
            partyMembers++;
            count(byGender, person.gender);
            count(byEducation, person.education == null ? "UNKNOWN" : person.education);
            count(byAge, ageBand(java.time.Period.between(person.birthDate, end).getYears()));
            if (person.fullSince != null && !person.fullSince.isAfter(end)) {
                count(byStanding, standingBand(java.time.Period.between(person.fullSince, end).getYears()));
            }
            attached += person.ownUnit != null ? 1 : 0;
            joined += within(person.joinedOn, period) ? 1 : 0;
            converted += within(person.fullSince, period) ? 1 : 0;
        }
        long transfersIn = count("select count(*) from transfer_view where to_branch_id = :b and status = 'CONFIRMED' "
                + "and decided_on between :from and :to", branchId, period);
        long transfersOut = count("select count(*) from transfer_view where from_branch_id = :b and status = 'CONFIRMED' "
                + "and decided_on between :from and :to", branchId, period);

        Map<String, ActivityFigures> activities = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> held = entityManager.createNativeQuery("""
                select type, count(*), avg(attendance_rate) from activity_view
                where branch_id = :b and status = 'HELD' and held_on between :from and :to group by type""")
                .setParameter("b", branchId).setParameter("from", period.from()).setParameter("to", end).getResultList();
        for (Object[] row : held) {
            BigDecimal rate = row[2] == null ? null : new BigDecimal(row[2].toString()).setScale(4, RoundingMode.HALF_UP);
            activities.put((String) row[0], new ActivityFigures(((Number) row[1]).longValue(), rate));
        }

        PeriodStatistics.Compliance compliance = compliance(branchId, period);
        OffsetDateTime asOf = (OffsetDateTime) entityManager.createQuery(
                        "select max(m.lastEventAt) from MemberView m where m.organizationId = :b")
                .setParameter("b", branchId).getSingleResult();
        OffsetDateTime activitiesAsOf = (OffsetDateTime) entityManager.createQuery(
                        "select max(a.lastEventAt) from ActivityView a where a.branchId = :b")
                .setParameter("b", branchId).getSingleResult();
        asOf = BusinessCalendar.latest(asOf, activitiesAsOf, branch.lastEventAt);
        return new PeriodStatistics(branch.id, branch.name, period.from(), end, period.label(),
                new PeriodStatistics.Members(partyMembers, byStatus, byState, byGender, byEducation, byAge, byStanding,
                        attached, joined, converted, transfersIn, transfersOut),
                activities, compliance, asOf);
    }

    private PeriodStatistics.Compliance compliance(UUID branchId, Period period) {
        LocalDate today = BusinessCalendar.today();
        @SuppressWarnings("unchecked")
        List<UUID> groups = entityManager.createNativeQuery(
                        "select id from organization_view where parent_id = :b and type = 'PARTY_GROUP' order by name, id")
                .setParameter("b", branchId).getResultList();
        // One read of what the branch held in the period; every unit of every cadence is checked against it.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select type, organization_id, held_on from activity_view
                where branch_id = :b and status = 'HELD' and held_on between :from and :to""")
                .setParameter("b", branchId).setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        List<Held> held = rows.stream()
                .map(row -> new Held((String) row[0], (UUID) row[1], io.partybranch.common.persistence.JdbcValues.localDate(row[2])))
                .toList();
        List<Cadence> result = new ArrayList<>();
        long met = 0;
        long required = 0;
        for (Map.Entry<String, String> cadence : new TreeMap<>(cadences.cadences()).entrySet()) {
            String type = cadence.getKey();
            boolean perGroup = cadence.getValue().endsWith("/GROUP");
            String every = cadence.getValue().replace("/GROUP", "");
            List<Unit> units = units(every, period, today);
            for (UUID group : perGroup ? groups : java.util.Collections.<UUID>singletonList(null)) {
                List<Unit> checked = new ArrayList<>();
                long cadenceMet = 0;
                for (Unit unit : units) {
                    boolean unitMet = held.stream().anyMatch(activity -> activity.type().equals(type)
                            && (group == null || group.equals(activity.organization()))
                            && !activity.on().isBefore(unit.from()) && !activity.on().isAfter(unit.to()));
                    checked.add(new Unit(unit.unit(), unit.from(), unit.to(), unitMet));
                    cadenceMet += unitMet ? 1 : 0;
                }
                met += cadenceMet;
                required += checked.size();
                result.add(new Cadence(type, every, group, cadenceMet, checked.size(), checked));
            }
        }
        BigDecimal rate = required == 0 ? null : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(required), 4, RoundingMode.HALF_UP);
        return new PeriodStatistics.Compliance(rate, met, required, result);
    }

    private record Held(String type, UUID organization, LocalDate on) {
    }

    /** The months, quarters or years lying wholly inside the period and already over. */
    static List<Unit> units(String every, Period period, LocalDate today) {
        List<Unit> units = new ArrayList<>();
        YearMonth month = YearMonth.from(period.from());
        while (!month.atDay(1).isAfter(period.to())) {
            LocalDate start = month.atDay(1);
            LocalDate end;
            String label;
            switch (every) {
                case "MONTH" -> {
                    end = month.atEndOfMonth();
                    label = month.toString();
                }
                case "QUARTER" -> {
                    if ((month.getMonthValue() - 1) % 3 != 0) {
                        month = month.plusMonths(1);
                        continue;
                    }
                    end = month.plusMonths(2).atEndOfMonth();
                    label = month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
                }
                case "YEAR" -> {
                    if (month.getMonthValue() != 1) {
                        month = month.plusMonths(1);
                        continue;
                    }
                    end = month.plusMonths(11).atEndOfMonth();
                    label = Integer.toString(month.getYear());
                }
                default -> throw new IllegalStateException("unknown cadence unit " + every + " in reporting.compliance.cadences");
            }
            if (!start.isBefore(period.from()) && !end.isAfter(period.to()) && end.isBefore(today)) {
                units.add(new Unit(label, start, end, false));
            }
            month = month.plusMonths(1);
        }
        return units;
    }

    static String statusOn(MemberView person, LocalDate date) {
        if (person.fullSince != null && !person.fullSince.isAfter(date)) {
            return "FULL";
        }
        if (person.joinedOn != null && !person.joinedOn.isAfter(date)) {
            return "PROBATIONARY";
        }
        if (person.candidateSince != null && !person.candidateSince.isAfter(date)) {
            return "CANDIDATE";
        }
        if (person.activistSince != null && !person.activistSince.isAfter(date)) {
            return "ACTIVIST";
        }
        LocalDate applied = person.appliedOn != null ? person.appliedOn : person.politicalStatus.equals("APPLICANT") ? person.statusSince : null;
        return applied != null && !applied.isAfter(date) ? "APPLICANT" : null;
    }

    private long count(String sql, UUID branchId, Period period) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("b", branchId)
                .setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult()).longValue();
    }

    private static boolean within(LocalDate date, Period period) {
        return date != null && !date.isBefore(period.from()) && !date.isAfter(period.to());
    }

    private static void count(Map<String, Long> counts, String key) {
        counts.merge(key, 1L, Long::sum);
    }

    private static String ageBand(int age) {
        return age < 30 ? "<30" : age < 40 ? "30-39" : age < 50 ? "40-49" : age < 60 ? "50-59" : "60+";
    }

    private static String standingBand(int years) {
        return years < 5 ? "<5" : years < 10 ? "5-9" : years < 20 ? "10-19" : "20+";
    }
}
