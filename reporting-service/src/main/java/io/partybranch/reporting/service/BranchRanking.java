package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.domain.Compliance;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.StandardPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every branch of a subtree ranked in SQL by compliance rate, then attendance rate (four places, as
 * the answers give them; equal rates share a rank), then name and id for a stable order, and one page
 * of that order. Only the page's rows leave the database. For a standard period that is over (a month,
 * quarter, year or semester), each branch's figures are one kept row (branch_period); for any other
 * period they are summed from its monthly rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BranchRanking {

    @Inject
    BulkSql sql;

    public record Ranked(int rank, UUID branchId, String name, long met, long required, long expected, long present) {
    }

    /** One page of the ranking, and over the whole subtree how many branches there are and how many fall short. */
    public record Page(List<Ranked> rows, long branches, long fallingShort) {
    }

    public Page page(UUID root, Period period, Compliance.Requirement requirement, int page, int size) {
        Optional<String> standard = StandardPeriod.keyOf(period);
        if (standard.isPresent() && period.to().isBefore(BusinessCalendar.today())) {
            return ranked(root, page, size, """
                    , figures as (
                        select b.id, b.name, coalesce(p.met, 0) as met, ? + ? * coalesce(g.n, 0) as required,
                            coalesce(p.expected, 0) as expected, coalesce(p.present, 0) as present
                        from branches b left join branch_period p on p.period_key = ? and p.branch_id = b.id
                        left join organization_count g on g.ancestor_id = b.id and g.type = 'PARTY_GROUP'
                    )""", List.of(requirement.branchUnits(), requirement.groupUnits(), standard.get()));
        }
        List<Compliance.Required> units = requirement.units();
        return ranked(root, page, size, """
                , attendance as (
                    select a.branch_id, sum(a.expected) as expected, sum(a.present) as present
                    from activity_month a join branches b on b.id = a.branch_id where a.month between ? and ? group by a.branch_id
                ), met as (
                    select m.branch_id, sum(m.holders) as met
                    from unit_met m join branches b on b.id = m.branch_id
                    join unnest(?::text[], ?::text[], ?::date[], ?::text[]) as u(type, unit_kind, unit_start, holder_kind)
                      on m.type = u.type and m.unit_kind = u.unit_kind and m.unit_start = u.unit_start and m.holder_kind = u.holder_kind
                    group by m.branch_id
                ), figures as (
                    select b.id, b.name, coalesce(m.met, 0) as met, ? + ? * coalesce(g.n, 0) as required,
                        coalesce(a.expected, 0) as expected, coalesce(a.present, 0) as present
                    from branches b left join attendance a on a.branch_id = b.id left join met m on m.branch_id = b.id
                    left join organization_count g on g.ancestor_id = b.id and g.type = 'PARTY_GROUP'
                )""", List.of(period.from().withDayOfMonth(1), period.to().withDayOfMonth(1),
                units.stream().map(Compliance.Required::type).toArray(String[]::new),
                units.stream().map(u -> u.unit().kind()).toArray(String[]::new),
                units.stream().map(u -> u.unit().start()).toArray(LocalDate[]::new),
                units.stream().map(Compliance.Required::holderKind).toArray(String[]::new),
                requirement.branchUnits(), requirement.groupUnits()));
    }

    /**
     * Ranks the subtree's branches from the figures the fragment computes (a CTE named figures, after one named branches),
     * and returns one page with the counts over the whole subtree.
     */
    private Page ranked(UUID root, int page, int size, String figures, List<Object> figureParameters) {
        long[] totals = new long[2];
        List<Object> parameters = new ArrayList<>();
        parameters.add(root);
        parameters.addAll(figureParameters);
        parameters.add(size);
        parameters.add((long) page * size);
        List<Ranked> rows = sql.query("""
                with branches as (
                    select o.id, o.name from organization_closure c join organization_view o on o.id = c.descendant_id
                    where c.ancestor_id = ? and o.type in ('BRANCH', 'JOINT_BRANCH')
                )""" + figures + """
                , rated as (
                    select f.*, case when required = 0 then null else round(met::numeric / required, 4) end as compliance,
                        case when expected = 0 then null else round(present::numeric / expected, 4) end as attendance
                    from figures f
                ), ranked as (
                    select r.*, rank() over (order by compliance desc nulls last, attendance desc nulls last) as position,
                        count(*) over () as branches, count(*) filter (where met < required) over () as falling_short
                    from rated r
                )
                select position, id, name, met, required, expected, present, branches, falling_short from ranked
                order by compliance desc nulls last, attendance desc nulls last, name collate "C", id
                limit ? offset ?""", row -> {
            totals[0] = row.getLong(8);
            totals[1] = row.getLong(9);
            return new Ranked(row.getInt(1), (UUID) row.getObject(2), row.getString(3), row.getLong(4), row.getLong(5), row.getLong(6),
                    row.getLong(7));
        }, parameters.toArray());
        if (rows.isEmpty() && page > 0) {
            // Past the last page no row carries the counts over the whole subtree.
            Page first = ranked(root, 0, 1, figures, figureParameters);
            return new Page(List.of(), first.branches(), first.fallingShort());
        }
        return new Page(rows, totals[0], totals[1]);
    }
}
