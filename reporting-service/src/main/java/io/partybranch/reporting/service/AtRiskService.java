package io.partybranch.reporting.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.config.CadenceConfig;
import io.partybranch.reporting.domain.CadenceUnit;
import io.partybranch.reporting.repository.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The branches under an organisation that still owe cadence units ending by this month's end (every
 * monthly one; a quarter's or year's in its last month), ranked by how many they owe. One statement
 * over the subtree (closure table) and the pre-aggregated held units; the requirements are bound as a
 * handful of values from configuration, never as a list of organisations.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AtRiskService {

    private static final String OWED = """
            with req(type, kind, start, per_group) as (
                select * from unnest(?::text[], ?::text[], ?::date[], ?::bool[])
            ), branch as (
                select b.id, b.name from organization_view b join organization_closure c on c.descendant_id = b.id
                where c.ancestor_id = ? and b.type in ('BRANCH', 'JOINT_BRANCH')
            ), holder as (
                select branch.id as branch_id, branch.id as holder_id, false as per_group from branch
                union all
                select g.parent_id, g.id, true from organization_view g join branch on g.parent_id = branch.id where g.type = 'PARTY_GROUP'
            ), owed as (
                select h.branch_id, r.type from holder h join req r on r.per_group = h.per_group
                where not exists (select 1 from unit_held u where u.branch_id = h.branch_id and u.holder_id = h.holder_id and u.type = r.type
                                  and u.unit_kind = r.kind and u.unit_start = r.start and u.held > 0)
            ), ranked as (
                select branch.id, branch.name, count(*) as owed, string_agg(distinct owed.type, ',' order by owed.type) as types
                from branch join owed on owed.branch_id = branch.id group by branch.id, branch.name
            )
            """;

    @Inject
    BulkSql sql;

    @Inject
    CadenceConfig cadences;

    public record AtRiskBranch(int rank, UUID branchId, String branchName, long owed, List<String> types) {
    }

    public record AtRisk(UUID organizationId, String organizationName, LocalDate today, LocalDate monthEnds, long total,
            List<AtRiskBranch> branches,
            int page, int size) {
    }

    public AtRisk forSubtree(UUID rootId, int page, int size) {
        OrganizationView root = OrganizationView.findById(rootId);
        if (root == null) {
            throw ProblemException.notFound("Organization", rootId);
        }
        LocalDate today = BusinessCalendar.today();
        LocalDate monthEnds = today.withDayOfMonth(today.lengthOfMonth());
        Map<String, LocalDate> units = DueService.currentUnits(today);
        List<String> types = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        List<Boolean> perGroup = new ArrayList<>();
        new TreeMap<>(cadences.cadences()).forEach((type, cadence) -> {
            String kind = cadence.replace("/GROUP", "");
            CadenceUnit unit = new CadenceUnit(kind, units.get(kind));
            if (!unit.end().isAfter(monthEnds)) {
                types.add(type);
                kinds.add(kind);
                starts.add(unit.start());
                perGroup.add(cadence.endsWith("/GROUP"));
            }
        });
        Object[] requirement = {types.toArray(String[]::new), kinds.toArray(String[]::new), starts.toArray(LocalDate[]::new),
                perGroup.toArray(Boolean[]::new), rootId};
        long total = sql.query(OWED + "select count(*) from ranked", row -> row.getLong(1), requirement).get(0);
        Object[] paged = Arrays.copyOf(requirement, requirement.length + 2);
        paged[requirement.length] = size;
        paged[requirement.length + 1] = (long) page * size;
        List<AtRiskBranch> branches = sql.query(OWED + """
                select id, name, owed, types, rank() over (order by owed desc) from ranked order by owed desc, name, id limit ? offset ?""",
                row -> new AtRiskBranch(row.getInt(5), (UUID) row.getObject(1), row.getString(2), row.getLong(3),
                        List.of(row.getString(4).split(","))),
                paged);
        return new AtRisk(rootId, root.name, today, monthEnds, total, branches, page, size);
    }
}
