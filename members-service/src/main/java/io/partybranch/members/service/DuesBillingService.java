package io.partybranch.members.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.persistence.JdbcValues;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.DuesRules;
import io.partybranch.members.domain.DuesTariff;
import io.partybranch.members.domain.MembersRule;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.repository.DuesBill;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.Organization;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issues a branch's monthly bills: one per paying member and month, priced by the assessment or
 * relief in force. Issuing again is harmless: months already billed are left as they are.
 */
@ApplicationScoped
@Transactional
public class DuesBillingService {

    /** A paying member who owes the month but has no base for its year yet. */
    public static final String NO_ASSESSMENT = "NO_ASSESSMENT";
    static final int MAX_MONTHS_AT_ONCE = 12;

    @Inject
    OrganizationService organizations;

    @Inject
    CallerScope caller;

    @Inject
    DuesSettlement settlement;

    @Inject
    DuesFigures figures;

    @Inject
    EntityManager entityManager;

    public record NotBilled(UUID memberId, String fullName, YearMonth month, String reason) {
    }

    public record Billing(UUID branchId, YearMonth from, YearMonth to, int issued, int alreadyIssued, List<NotBilled> notBilled) {
    }

    public Billing issue(UUID branchId, YearMonth from, YearMonth to) {
        Organization branch = organizations.find(branchId);
        caller.requireWritable(branchId);
        requireBranch(branch);
        if (to.isBefore(from)) {
            throw ProblemException.invalid("toMonth", "cannot be before fromMonth");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS_AT_ONCE) {
            throw ProblemException.invalid("toMonth", "must lie within " + MAX_MONTHS_AT_ONCE + " months of fromMonth");
        }
        DuesRules.checkMonthStarted(to, BusinessCalendar.today());
        List<Member> payers = Member.list("organizationId = ?1 and politicalStatus in ?2", Sort.by("fullName").and("id"),
                branchId, List.of(PoliticalStatus.PROBATIONARY, PoliticalStatus.FULL));
        Set<String> billed = billedMonths(branchId, from, to);
        String by = caller.subject();
        OffsetDateTime now = BusinessCalendar.now();
        int issued = 0;
        int already = 0;
        List<NotBilled> notBilled = new ArrayList<>();
        Set<BranchMonth> affected = new HashSet<>();
        for (Member member : payers) {
            DuesTariffs tariffs = null;
            boolean any = false;
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                if (!DuesRules.owesDues(member.politicalStatus, member.joinedOn, member.membershipState, member.stateSince, month)) {
                    continue;
                }
                if (billed.contains(member.id + "/" + month)) {
                    already++;
                    continue;
                }
                tariffs = tariffs == null ? DuesTariffs.of(member.id) : tariffs;
                Optional<DuesTariff.Price> price = tariffs.priceOf(month);
                if (price.isEmpty()) {
                    notBilled.add(new NotBilled(member.id, member.fullName, month, NO_ASSESSMENT));
                    continue;
                }
                persistBill(member, month, price.get(), by, now);
                affected.add(new BranchMonth(branchId, month));
                issued++;
                any = true;
            }
            if (any) {
                settlement.settle(member.id, affected);
            }
        }
        figures.refresh(affected);
        return new Billing(branchId, from, to, issued, already, notBilled);
    }

    /** Bills a member's months for an import, which has priced and checked them already. */
    void issueFor(Member member, YearMonth month, DuesTariff.Price price, Set<BranchMonth> affected) {
        persistBill(member, month, price, caller.subject(), BusinessCalendar.now());
        affected.add(new BranchMonth(member.organizationId, month));
    }

    static void requireBranch(Organization organization) {
        if (!organization.type.isBranch()) {
            throw ProblemException.refused(MembersRule.DUES_NEED_BRANCH,
                    "Dues are billed and collected by a BRANCH or JOINT_BRANCH, not by a " + organization.type);
        }
    }

    private static void persistBill(Member member, YearMonth month, DuesTariff.Price price, String by, OffsetDateTime now) {
        DuesBill bill = new DuesBill();
        bill.id = UUID.randomUUID();
        bill.memberId = member.id;
        bill.organizationId = member.organizationId;
        bill.month = month.atDay(1);
        bill.amount = price.amount();
        bill.basis = price.fromRelief() ? DuesBill.BASIS_EXEMPTION : DuesBill.BASIS_ASSESSMENT;
        bill.issuedBy = by;
        bill.issuedAt = now;
        bill.persist();
    }

    /** "memberId/yyyy-MM" of every bill the branch's members have in the months, whichever branch issued it. */
    private Set<String> billedMonths(UUID branchId, YearMonth from, YearMonth to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select b.member_id, b.month from dues_bill b join member m on m.id = b.member_id
                where m.organization_id = :branch and b.month between :from and :to""")
                .setParameter("branch", branchId).setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1))
                .getResultList();
        Set<String> keys = new HashSet<>();
        for (Object[] row : rows) {
            keys.add(row[0] + "/" + YearMonth.from(JdbcValues.localDate(row[1])));
        }
        return keys;
    }
}
