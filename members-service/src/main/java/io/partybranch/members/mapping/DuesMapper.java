package io.partybranch.members.mapping;

import io.partybranch.members.domain.DuesLedger;
import io.partybranch.members.domain.DuesRules;
import io.partybranch.members.model.DuesModels;
import io.partybranch.members.repository.DuesAssessment;
import io.partybranch.members.repository.DuesExemption;
import io.partybranch.members.repository.DuesHistory;
import io.partybranch.members.repository.DuesMonth;
import io.partybranch.members.repository.DuesPayment;
import io.partybranch.members.service.BranchDuesService;
import io.partybranch.members.service.DuesAccountService;
import io.partybranch.members.service.DuesBillingService;
import io.partybranch.members.service.DuesPaymentService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Dues entities and service results as API models; incomes always masked, whole only when the caller may see them. */
public final class DuesMapper {

    private DuesMapper() {
    }

    public static DuesModels.AssessmentResponse toResponse(DuesAssessment a, BigDecimal income, boolean reveal) {
        DuesRules.MonthlyDues rule = DuesRules.monthlyDues(a.category, income);
        return new DuesModels.AssessmentResponse(a.id, a.memberId, a.year, a.fromMonth, a.category, a.category.label(),
                DuesRules.maskIncome(income), reveal ? income : null, a.monthlyAmount, a.rate, rule.basis(), a.reason,
                a.recordedBy, a.recordedAt);
    }

    public static DuesModels.ExemptionResponse toResponse(DuesExemption e) {
        return new DuesModels.ExemptionResponse(e.id, e.memberId, YearMonth.from(e.fromMonth).toString(),
                YearMonth.from(e.toMonth).toString(), e.kind, e.kind.label(), e.monthlyAmount, e.approvedBy, e.approvedOn,
                e.reason, e.recordedBy, e.recordedAt);
    }

    public static DuesModels.BillingResult toResponse(DuesBillingService.Billing billing) {
        return new DuesModels.BillingResult(billing.branchId(), billing.from().toString(), billing.to().toString(),
                billing.issued(), billing.alreadyIssued(), billing.notBilled().stream()
                        .map(n -> new DuesModels.NotBilled(n.memberId(), n.fullName(), n.month().toString(), n.reason()))
                        .toList());
    }

    public static DuesModels.PaymentResponse toResponse(DuesPaymentService.Settled settled) {
        DuesPayment p = settled.payment();
        DuesLedger.Allocation allocation = settled.allocation();
        YearMonth first = allocation == null ? null : allocation.firstMonth();
        YearMonth last = allocation == null ? null : allocation.lastMonth();
        return new DuesModels.PaymentResponse(p.id, p.memberId, p.organizationId, p.paidOn, p.amount, p.method, p.method.label(),
                p.receiptNumber, p.note, p.cancelled, first == null ? null : first.toString(), last == null ? null : last.toString(),
                allocation == null ? null : allocation.aheadOfBills(), p.recordedBy, p.recordedAt, p.version);
    }

    public static DuesModels.MonthLine toLine(DuesLedger.Month month, LocalDate asOf) {
        return new DuesModels.MonthLine(month.month().toString(), month.due(), month.paid(), month.status(),
                month.status().label(), month.settledOn(), month.behindOn(asOf));
    }

    public static DuesModels.Account toResponse(DuesAccountService.Account a) {
        return new DuesModels.Account(a.memberId(), a.year(), a.monthlyAmount(),
                a.months().stream().map(m -> toLine(m, a.asOf())).toList(),
                a.payments().stream().map(DuesMapper::toResponse).toList(),
                a.outstanding(), a.credit(), a.monthsBehind(), a.sixMonthsBehind(), a.asOf());
    }

    public static DuesModels.HistoryEntry toResponse(DuesHistory h) {
        return new DuesModels.HistoryEntry(h.id, h.subject, h.subjectId, h.change, h.fromValue, h.toValue, h.reason,
                h.recordedBy, h.recordedAt);
    }

    public static DuesModels.BranchMonth toResponse(DuesMonth m) {
        return new DuesModels.BranchMonth(YearMonth.from(m.month).toString(), m.membersBilled, m.membersExempt, m.membersPaid,
                m.billed, m.paid, rate(m.paid, m.billed), m.membersBehind, m.membersSixMonthsBehind);
    }

    public static DuesModels.BranchYear toResponse(BranchDuesService.Sheet sheet) {
        List<DuesModels.BranchMonth> months = sheet.months().stream().map(DuesMapper::toResponse).toList();
        BigDecimal billed = sheet.months().stream().map(m -> m.billed).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = sheet.months().stream().map(m -> m.paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<DuesModels.BranchMember> members = sheet.members().stream().map(line -> new DuesModels.BranchMember(
                line.memberId(), line.fullName(),
                line.months().isEmpty() ? null : line.months().get(line.months().size() - 1).due(),
                line.months().stream().map(m -> toLine(m, sheet.asOf())).toList(),
                line.monthsBehind(), line.monthsBehind() >= DuesRules.MONTHS_BEHIND_FLAGGED)).toList();
        return new DuesModels.BranchYear(sheet.branchId(), sheet.year(), months, billed.setScale(2), paid.setScale(2),
                rate(paid, billed), members, sheet.asOf());
    }

    public static DuesModels.Arrears toResponse(BranchDuesService.Arrears a) {
        return new DuesModels.Arrears(a.memberId(), a.fullName(), a.organizationId(), a.organizationName(),
                a.oldestUnpaid().toString(), a.monthsBehind(), a.outstanding(), a.sixMonthsBehind());
    }

    /** 收缴率 to four decimals (a share, not a percentage); absent when nothing was due. */
    public static BigDecimal rate(BigDecimal paid, BigDecimal billed) {
        return billed.signum() == 0 ? null : paid.divide(billed, 4, RoundingMode.HALF_UP);
    }
}
