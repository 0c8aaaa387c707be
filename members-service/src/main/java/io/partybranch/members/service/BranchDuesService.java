package io.partybranch.members.service;

import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.DuesLedger;
import io.partybranch.members.domain.DuesRules;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.repository.DuesMonth;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.Organization;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a branch (and the bureau above it) sees of dues: the year's sheet, month by month and member
 * by member, and who is behind. The sheet shows the bills the branch issued, including those of
 * members who have since moved on: the branch collected them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BranchDuesService {

    @Inject
    OrganizationService organizations;

    @Inject
    EntityManager entityManager;

    public record MemberYear(UUID memberId, String fullName, List<DuesLedger.Month> months, int monthsBehind) {
    }

    public record Sheet(UUID branchId, int year, List<DuesMonth> months, List<MemberYear> members, LocalDate asOf) {
    }

    public record Arrears(UUID memberId, String fullName, UUID organizationId, String organizationName, YearMonth oldestUnpaid,
            int monthsBehind, BigDecimal outstanding) {

        public boolean sixMonthsBehind() {
            return monthsBehind >= DuesRules.MONTHS_BEHIND_FLAGGED;
        }
    }

    public Sheet sheet(UUID branchId, int year) {
        Organization branch = organizations.find(branchId);
        DuesBillingService.requireBranch(branch);
        LocalDate today = BusinessCalendar.today();
        List<DuesMonth> months = DuesMonth.list("organizationId = ?1 and month >= ?2 and month <= ?3", Sort.by("month"),
                branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select b.member_id, m.full_name, b.month, b.amount, b.paid, b.settled_on,
                       (select count(*) from dues_bill e where e.member_id = b.member_id and e.amount > 0
                           and e.month + interval '1 month' <= :tomorrow and (e.settled_on is null or e.settled_on > :today))
                from dues_bill b join member m on m.id = b.member_id
                where b.organization_id = :branch and b.month between :from and :to
                order by m.full_name, b.member_id, b.month""")
                .setParameter("branch", branchId).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 1)).setParameter("today", today)
                .setParameter("tomorrow", today.plusDays(1))
                .getResultList();
        Map<UUID, MemberYear> byMember = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID memberId = (UUID) row[0];
            MemberYear line = byMember.computeIfAbsent(memberId,
                    id -> new MemberYear(id, (String) row[1], new ArrayList<>(), ((Number) row[6]).intValue()));
            line.months().add(new DuesLedger.Month(YearMonth.from(JdbcValues.localDate(row[2])), (BigDecimal) row[3],
                    (BigDecimal) row[4], JdbcValues.localDate(row[5])));
        }
        return new Sheet(branchId, year, months, List.copyOf(byMember.values()), today);
    }

    /** The names of the branch's members who pay dues now, in Chinese collation order, for the import template. */
    public List<String> payingMemberNames(UUID branchId) {
        DuesBillingService.requireBranch(organizations.find(branchId));
        Collator chinese = Collator.getInstance(Locale.CHINA);
        return Member.<Member>list(
                "organizationId = ?1 and politicalStatus in ?2 and membershipState = ?3", branchId,
                List.of(PoliticalStatus.PROBATIONARY, PoliticalStatus.FULL),
                MembershipState.NORMAL)
                .stream().map(m -> m.fullName).sorted(chinese).toList();
    }

    /**
     * Members behind with their dues as of today, most months first, in the organisation or (with
     * {@code subtree}) everything under it: a bureau sees its whole district.
     */
    public PageResponse<Arrears> arrears(UUID organizationId, boolean subtree, int minimumMonths, PageQuery page) {
        organizations.find(organizationId);
        // Through the closure table: a province's arrears bind one id, never the list of its branches.
        String scope = subtree ? "select c.descendant_id from organization_closure c where c.ancestor_id = :root" : ":root";
        LocalDate today = BusinessCalendar.today();
        String behind = " from dues_bill b join member m on m.id = b.member_id join organization o on o.id = m.organization_id"
                + " where m.organization_id in (" + scope + ") and b.amount > 0 and b.month + interval '1 month' <= :tomorrow"
                + " and (b.settled_on is null or b.settled_on > :today)"
                + " group by m.id, m.full_name, o.id, o.name having count(*) >= :minimum";
        Number total = (Number) entityManager.createNativeQuery("select count(*) from (select m.id " + behind + ") behind")
                .setParameter("root", organizationId).setParameter("today", today).setParameter("tomorrow", today.plusDays(1))
                .setParameter("minimum", minimumMonths).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select m.id, m.full_name, o.id as org, o.name, min(b.month), "
                + "count(*) as months, sum(b.amount - b.paid) " + behind + " order by months desc, m.full_name, m.id")
                .setParameter("root", organizationId).setParameter("today", today).setParameter("tomorrow", today.plusDays(1))
                .setParameter("minimum", minimumMonths)
                .setFirstResult(page.page * page.size).setMaxResults(page.size)
                .getResultList();
        List<Arrears> items = rows.stream().map(r -> new Arrears((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                YearMonth.from(JdbcValues.localDate(r[4])), ((Number) r[5]).intValue(), (BigDecimal) r[6])).toList();
        return page.toResponse(items, total.longValue());
    }
}
