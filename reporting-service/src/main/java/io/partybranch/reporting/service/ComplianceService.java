package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.config.CadenceConfig;
import io.partybranch.reporting.domain.CadenceUnit;
import io.partybranch.reporting.domain.Compliance;
import io.partybranch.reporting.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Compliance with the configured cadences, decided from the held units (unit_held): a branch asking
 * about itself, a page of a district's ranking and the district's totals (unit_rollup) count the same
 * units the same way.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplianceService {

    @Inject
    BulkSql sql;

    @Inject
    CadenceConfig cadences;

    /** Each branch's compliance in detail; for a bounded set of branches (one branch, one page). */
    public Map<UUID, Compliance> forBranches(Collection<UUID> branches, Period period) {
        Map<UUID, Compliance> result = new HashMap<>();
        if (branches.isEmpty()) {
            return result;
        }
        UUID[] ids = branches.toArray(UUID[]::new);
        Map<UUID, List<UUID>> groups = new HashMap<>();
        sql.query("select parent_id, id from organization_view where parent_id = any(?::uuid[]) and type = 'PARTY_GROUP' order by name, id",
                row -> groups.computeIfAbsent((UUID) row.getObject(1), b -> new ArrayList<>()).add((UUID) row.getObject(2)), (Object) ids);
        Set<List<Object>> held = new HashSet<>();
        sql.query("""
                select branch_id, holder_id, type, unit_kind, unit_start from unit_held
                where branch_id = any(?::uuid[]) and unit_start between ? and ? and held > 0""",
                row -> held.add(List.of(row.getObject(1), row.getObject(2), row.getString(3), row.getString(4),
                        row.getObject(5, LocalDate.class))),
                ids, period.from().withDayOfYear(1), period.to());
        LocalDate today = BusinessCalendar.today();
        for (UUID branch : branches) {
            result.put(branch, compliance(branch, groups.getOrDefault(branch, List.of()), held, period, today));
        }
        return result;
    }

    /** The units a period requires as of today, for totals and rankings over any number of branches. */
    public Compliance.Requirement requirement(Period period) {
        LocalDate today = BusinessCalendar.today();
        List<Compliance.Required> units = new ArrayList<>();
        long branchUnits = 0;
        long groupUnits = 0;
        for (Map.Entry<String, String> cadence : new TreeMap<>(cadences.cadences()).entrySet()) {
            boolean perGroup = cadence.getValue().endsWith("/GROUP");
            String every = cadence.getValue().replace("/GROUP", "");
            for (Compliance.Unit unit : units(every, period, today)) {
                units.add(new Compliance.Required(cadence.getKey(), new CadenceUnit(every, unit.from()), unit.unit(),
                        perGroup ? CadenceUnit.GROUP_HOLDER : CadenceUnit.BRANCH_HOLDER));
                if (perGroup) {
                    groupUnits++;
                } else {
                    branchUnits++;
                }
            }
        }
        return new Compliance.Requirement(units, branchUnits, groupUnits);
    }

    private Compliance compliance(UUID branch, List<UUID> groups, Set<List<Object>> held, Period period, LocalDate today) {
        List<Compliance.Cadence> result = new ArrayList<>();
        long met = 0;
        long required = 0;
        for (Map.Entry<String, String> cadence : new TreeMap<>(cadences.cadences()).entrySet()) {
            String type = cadence.getKey();
            boolean perGroup = cadence.getValue().endsWith("/GROUP");
            String every = cadence.getValue().replace("/GROUP", "");
            List<Compliance.Unit> units = units(every, period, today);
            for (UUID group : perGroup ? groups : Collections.<UUID>singletonList(null)) {
                UUID holder = group == null ? branch : group;
                List<Compliance.Unit> checked = new ArrayList<>();
                long cadenceMet = 0;
                for (Compliance.Unit unit : units) {
                    boolean unitMet = held.contains(List.of(branch, holder, type, every, unit.from()));
                    checked.add(new Compliance.Unit(unit.unit(), unit.from(), unit.to(), unitMet));
                    cadenceMet += unitMet ? 1 : 0;
                }
                met += cadenceMet;
                required += checked.size();
                result.add(new Compliance.Cadence(type, every, group, cadenceMet, checked.size(), checked));
            }
        }
        return new Compliance(met, required, result);
    }

    /** The months, quarters or years lying wholly inside the period and already over. */
    static List<Compliance.Unit> units(String every, Period period, LocalDate today) {
        List<Compliance.Unit> units = new ArrayList<>();
        YearMonth month = YearMonth.from(period.from());
        while (!month.atDay(1).isAfter(period.to())) {
            String label = switch (every) {
                case CadenceUnit.MONTH -> month.toString();
                case CadenceUnit.QUARTER -> (month.getMonthValue() - 1) % 3 == 0
                        ? month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1)
                        : null;
                case CadenceUnit.YEAR -> month.getMonthValue() == 1 ? Integer.toString(month.getYear()) : null;
                default -> throw new IllegalStateException("unknown cadence unit " + every + " in reporting.compliance.cadences");
            };
            if (label != null) {
                CadenceUnit unit = new CadenceUnit(every, month.atDay(1));
                if (!unit.start().isBefore(period.from()) && !unit.end().isAfter(period.to()) && unit.end().isBefore(today)) {
                    units.add(new Compliance.Unit(label, unit.start(), unit.end(), false));
                }
            }
            month = month.plusMonths(1);
        }
        return units;
    }
}
