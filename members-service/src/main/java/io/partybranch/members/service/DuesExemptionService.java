package io.partybranch.members.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.DuesExemptionKind;
import io.partybranch.members.domain.DuesRules;
import io.partybranch.members.domain.DuesTariff;
import io.partybranch.members.domain.MembersRule;
import io.partybranch.members.repository.DuesExemption;
import io.partybranch.members.repository.Member;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 少交 or 免交 for a member in real hardship: decided by the branch and approved by the higher
 * committee, which the record names with the date. Bills of its months are re-priced, with history.
 */
@ApplicationScoped
@Transactional
public class DuesExemptionService {

    @Inject
    MemberService members;

    @Inject
    CallerScope caller;

    @Inject
    DuesSettlement settlement;

    @Inject
    DuesFigures figures;

    public DuesExemption exempt(UUID memberId, YearMonth from, YearMonth to, DuesExemptionKind kind, BigDecimal reducedAmount,
            String approvedBy, LocalDate approvedOn, String reason) {
        Member member = members.find(memberId);
        caller.requireWritable(member.organizationId);
        if (to.isBefore(from)) {
            throw ProblemException.invalid("toMonth", "cannot be before fromMonth");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= DuesRules.MAX_EXEMPTION_MONTHS) {
            throw ProblemException.invalid("toMonth", "must lie within " + DuesRules.MAX_EXEMPTION_MONTHS
                    + " months of fromMonth; a longer hardship is approved again");
        }
        if (kind == DuesExemptionKind.REDUCED && reducedAmount == null) {
            throw ProblemException.invalid("reducedAmount", "is required for REDUCED (the amount due each month instead)");
        }
        if (kind == DuesExemptionKind.EXEMPT && reducedAmount != null) {
            throw ProblemException.invalid("reducedAmount", "must be absent for EXEMPT (nothing is due)");
        }
        DuesRules.requirePayingMember(member.politicalStatus, member.membershipState);
        DuesRules.checkNotBeforeAdmission(member.joinedOn, from, "The exemption's first month");
        List<DuesExemption> existing = DuesExemption.list("memberId", Sort.by("fromMonth"), memberId);
        DuesRules.checkNoOverlap(from, to, existing.stream()
                .map(e -> new YearMonth[]{YearMonth.from(e.fromMonth), YearMonth.from(e.toMonth)}).toList());
        if (kind == DuesExemptionKind.REDUCED) {
            DuesTariffs tariffs = DuesTariffs.of(memberId);
            BigDecimal rulesAmount = tariffs.priceOf(from).map(DuesTariff.Price::amount).orElse(null);
            if (rulesAmount == null) {
                throw ProblemException.refused(MembersRule.DUES_NO_ASSESSMENT,
                        "A reduction is measured against the assessment in force for " + from + ", and there is none");
            }
            DuesRules.checkReduction(reducedAmount, rulesAmount);
        }

        DuesExemption exemption = new DuesExemption();
        exemption.id = UUID.randomUUID();
        exemption.memberId = member.id;
        exemption.organizationId = member.organizationId;
        exemption.fromMonth = from.atDay(1);
        exemption.toMonth = to.atDay(1);
        exemption.kind = kind;
        exemption.monthlyAmount = kind == DuesExemptionKind.EXEMPT ? BigDecimal.ZERO.setScale(2) : reducedAmount;
        exemption.approvedBy = approvedBy.trim();
        exemption.approvedOn = approvedOn;
        exemption.reason = reason.trim();
        exemption.recordedBy = caller.subject();
        exemption.recordedAt = BusinessCalendar.now();
        exemption.persist();

        Set<BranchMonth> affected = new HashSet<>();
        settlement.reprice(member.id, from, to, kind.label() + "（" + exemption.approvedBy + "批准）", exemption.recordedBy, affected);
        settlement.settle(member.id, affected);
        figures.refresh(affected);
        return exemption;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DuesExemption> list(UUID memberId) {
        members.find(memberId);
        return DuesExemption.list("memberId", Sort.by("fromMonth"), memberId);
    }
}
