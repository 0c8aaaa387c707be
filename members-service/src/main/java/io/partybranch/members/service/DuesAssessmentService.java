package io.partybranch.members.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.DuesCategory;
import io.partybranch.members.domain.DuesRules;
import io.partybranch.members.repository.DuesAssessment;
import io.partybranch.members.repository.Member;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 党费基数核定: a member's base for a year, set once a year and adjusted from the month an income
 * changes. The income is encrypted with the citizen ID's keys before it is stored and is never
 * logged; bills already issued for the months it covers are re-priced, with history.
 */
@ApplicationScoped
@Transactional
public class DuesAssessmentService {

    @Inject
    MemberService members;

    @Inject
    CitizenIdProtector protector;

    @Inject
    CallerScope caller;

    @Inject
    DuesSettlement settlement;

    @Inject
    DuesFigures figures;

    public DuesAssessment assess(UUID memberId, int year, int fromMonth, DuesCategory category, BigDecimal monthlyIncome,
            String reason) {
        Member member = members.find(memberId);
        caller.requireWritable(member.organizationId);
        String incomeProblem = DuesRules.incomeProblem(category, monthlyIncome);
        if (incomeProblem != null) {
            throw ProblemException.invalid("monthlyIncome", incomeProblem);
        }
        int latestYear = BusinessCalendar.today().getYear() + 1;
        if (year > latestYear) {
            throw ProblemException.invalid("year", "must be at most " + latestYear + " (bases are set for the current or next year)");
        }
        DuesRules.requirePayingMember(member.politicalStatus, member.membershipState);
        DuesRules.checkNotBeforeAdmission(member.joinedOn, YearMonth.of(year, 12), "The assessment's year");
        DuesAssessment assessment = record(member, year, fromMonth, category, monthlyIncome, reason);

        Set<BranchMonth> affected = new HashSet<>();
        settlement.reprice(member.id, YearMonth.of(year, fromMonth), YearMonth.of(year, 12),
                "基数核定: " + (reason == null ? category.label() : reason), assessment.recordedBy, affected);
        settlement.settle(member.id, affected);
        figures.refresh(affected);
        return assessment;
    }

    /** Writes an assessment the caller has checked; bills are the caller's to re-price and settle. */
    DuesAssessment record(Member member, int year, int fromMonth, DuesCategory category, BigDecimal monthlyIncome, String reason) {
        DuesRules.MonthlyDues dues = DuesRules.monthlyDues(category, monthlyIncome);
        DuesAssessment assessment = new DuesAssessment();
        assessment.id = UUID.randomUUID();
        assessment.memberId = member.id;
        assessment.organizationId = member.organizationId;
        assessment.year = year;
        assessment.fromMonth = fromMonth;
        assessment.category = category;
        assessment.incomeCipher = monthlyIncome == null ? null : protector.encrypt(monthlyIncome.toPlainString());
        assessment.monthlyAmount = dues.amount();
        assessment.rate = dues.rate();
        assessment.reason = reason;
        assessment.recordedBy = caller.subject();
        assessment.recordedAt = BusinessCalendar.now();
        assessment.persist();
        return assessment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DuesAssessment> history(UUID memberId, Integer year) {
        members.find(memberId);
        Sort order = Sort.by("year").and("fromMonth").and("recordedAt");
        return year == null
                ? DuesAssessment.list("memberId", order, memberId)
                : DuesAssessment.list("memberId = ?1 and year = ?2", order, memberId, year);
    }

    /** The income an assessment was computed from, decrypted for the response (which masks it unless the role may see it). */
    public BigDecimal income(DuesAssessment assessment) {
        return assessment.incomeCipher == null ? null : new BigDecimal(protector.decrypt(assessment.incomeCipher));
    }
}
