package io.partybranch.reporting.service;

import io.partybranch.reporting.domain.Rates;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.config.CadenceConfig;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.rest.model.PeriodStatistics.Cadence;
import io.partybranch.reporting.rest.model.PeriodStatistics.Compliance;
import io.partybranch.reporting.rest.model.PeriodStatistics.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Compliance with the configured cadences, decided from the pre-aggregated activity_month rows: a
 * branch asking about itself and a district asking about a hundred branches get the same answer from
 * the same code, with one read for all of them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplianceService {

    @Inject
    EntityManager entityManager;

    @Inject
    CadenceConfig cadences;

    public Map<UUID, Compliance> forBranches(Collection<UUID> branches, Period period) {
        Map<UUID, Compliance> result = new HashMap<>();
        if (branches.isEmpty()) {
            return result;
        }
        Map<UUID, List<UUID>> groups = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> groupRows = entityManager.createNativeQuery("""
                select parent_id, id from organization_view where parent_id in (:b) and type = 'PARTY_GROUP' order by name, id""")
                .setParameter("b", branches).getResultList();
        for (Object[] row : groupRows) {
            groups.computeIfAbsent((UUID) row[0], b -> new ArrayList<>()).add((UUID) row[1]);
        }
        Map<UUID, List<HeldMonth>> held = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> heldRows = entityManager.createNativeQuery("""
                select branch_id, organization_id, type, month from activity_month
                where branch_id in (:b) and month between :from and :to and held > 0""")
                .setParameter("b", branches).setParameter("from", period.from().withDayOfMonth(1)).setParameter("to", period.to())
                .getResultList();
        for (Object[] row : heldRows) {
            held.computeIfAbsent((UUID) row[0], b -> new ArrayList<>())
                    .add(new HeldMonth((String) row[2], (UUID) row[1], YearMonth.from(JdbcValues.localDate(row[3]))));
        }
        LocalDate today = BusinessCalendar.today();
        for (UUID branch : branches) {
            result.put(branch, compliance(groups.getOrDefault(branch, List.of()), held.getOrDefault(branch, List.of()), period, today));
        }
        return result;
    }

    private record HeldMonth(String type, UUID organization, YearMonth month) {
    }

    private Compliance compliance(List<UUID> groups, List<HeldMonth> held, Period period, LocalDate today) {
        List<Cadence> result = new ArrayList<>();
        long met = 0;
        long required = 0;
        for (Map.Entry<String, String> cadence : new TreeMap<>(cadences.cadences()).entrySet()) {
            String type = cadence.getKey();
            boolean perGroup = cadence.getValue().endsWith("/GROUP");
            String every = cadence.getValue().replace("/GROUP", "");
            List<Unit> units = units(every, period, today);
            for (UUID group : perGroup ? groups : Collections.<UUID>singletonList(null)) {
                List<Unit> checked = new ArrayList<>();
                long cadenceMet = 0;
                for (Unit unit : units) {
                    YearMonth first = YearMonth.from(unit.from());
                    YearMonth last = YearMonth.from(unit.to());
                    boolean unitMet = held.stream().anyMatch(activity -> activity.type().equals(type)
                            && (group == null || group.equals(activity.organization()))
                            && !activity.month().isBefore(first) && !activity.month().isAfter(last));
                    checked.add(new Unit(unit.unit(), unit.from(), unit.to(), unitMet));
                    cadenceMet += unitMet ? 1 : 0;
                }
                met += cadenceMet;
                required += checked.size();
                result.add(new Cadence(type, every, group, cadenceMet, checked.size(), checked));
            }
        }
        return new Compliance(Rates.rate(met, required), met, required, result);
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
}
