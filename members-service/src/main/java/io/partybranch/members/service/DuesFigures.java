package io.partybranch.members.service;

import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.DuesRules;
import io.partybranch.members.events.DuesEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A branch's month in figures (dues_month), recomputed from its bills after a change and published
 * as {@code dues-month.updated.v1} when it moved, in the same transaction. The recomputation reads
 * the month's bills and, for its members, their earlier ones: its cost is the branch's, never the
 * district's. Native SQL: the figures are the branch's, whoever's change moved them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DuesFigures {

    @Inject
    EntityManager entityManager;

    @Inject
    EventPublisher events;

    void refresh(Collection<BranchMonth> months) {
        months.stream().distinct()
                .sorted(Comparator.comparing(BranchMonth::month).thenComparing(BranchMonth::organizationId))
                .forEach(this::refresh);
    }

    private void refresh(BranchMonth branchMonth) {
        entityManager.flush();
        Object[] figures = (Object[]) entityManager.createNativeQuery("""
                with billed as (
                    select member_id, amount, paid, settled_on from dues_bill where organization_id = :org and month = :month
                ), behind as (
                    select e.member_id, count(*) as months from dues_bill e
                    where e.member_id in (select member_id from billed) and e.month <= :month and e.amount > 0
                      and (e.settled_on is null or e.settled_on > :monthEnd)
                    group by e.member_id
                )
                select (select count(*) from billed),
                       (select count(*) from billed where amount = 0),
                       (select count(*) from billed where amount > 0 and settled_on is not null),
                       (select coalesce(sum(amount), 0.00) from billed),
                       (select coalesce(sum(paid), 0.00) from billed),
                       (select count(*) from behind),
                       (select count(*) from behind where months >= :flagged)""")
                .setParameter("org", branchMonth.organizationId())
                .setParameter("month", branchMonth.month().atDay(1))
                .setParameter("monthEnd", branchMonth.month().atEndOfMonth())
                .setParameter("flagged", DuesRules.MONTHS_BEHIND_FLAGGED)
                .getSingleResult();
        int billedMembers = ((Number) figures[0]).intValue();
        int exempt = ((Number) figures[1]).intValue();
        int paidMembers = ((Number) figures[2]).intValue();
        BigDecimal billed = (BigDecimal) figures[3];
        BigDecimal paid = (BigDecimal) figures[4];
        int behind = ((Number) figures[5]).intValue();
        int sixMonths = ((Number) figures[6]).intValue();
        // Only a changed state gets a new version and an event: re-settling what did not move publishes nothing.
        @SuppressWarnings("unchecked")
        List<Object[]> written = entityManager.createNativeQuery("""
                insert into dues_month as d (id, organization_id, month, members_billed, members_exempt, members_paid, billed, paid,
                                             members_behind, members_six_months_behind, version, updated_at)
                values (:id, :org, :month, :billedMembers, :exempt, :paidMembers, :billed, :paid, :behind, :six, 1, :now)
                on conflict (organization_id, month) do update set
                    members_billed = excluded.members_billed, members_exempt = excluded.members_exempt,
                    members_paid = excluded.members_paid, billed = excluded.billed, paid = excluded.paid,
                    members_behind = excluded.members_behind, members_six_months_behind = excluded.members_six_months_behind,
                    version = d.version + 1, updated_at = excluded.updated_at
                where (d.members_billed, d.members_exempt, d.members_paid, d.billed, d.paid, d.members_behind,
                       d.members_six_months_behind)
                      is distinct from (excluded.members_billed, excluded.members_exempt, excluded.members_paid, excluded.billed,
                       excluded.paid, excluded.members_behind, excluded.members_six_months_behind)
                returning d.id, d.version""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("org", branchMonth.organizationId())
                .setParameter("month", branchMonth.month().atDay(1))
                .setParameter("billedMembers", billedMembers).setParameter("exempt", exempt).setParameter("paidMembers", paidMembers)
                .setParameter("billed", billed).setParameter("paid", paid).setParameter("behind", behind).setParameter("six", sixMonths)
                .setParameter("now", BusinessCalendar.now())
                .getResultList();
        if (written.isEmpty()) {
            return;
        }
        UUID id = (UUID) written.get(0)[0];
        long version = ((Number) written.get(0)[1]).longValue();
        events.publish(DuesEvents.DUES_MONTH_UPDATED, id, branchMonth.organizationId(),
                new DuesEvents.DuesMonthState(id, branchMonth.organizationId(), branchMonth.month().toString(), billedMembers, exempt,
                        paidMembers, billed, paid, behind, sixMonths, version, branchMonth.month().atEndOfMonth()));
    }
}
