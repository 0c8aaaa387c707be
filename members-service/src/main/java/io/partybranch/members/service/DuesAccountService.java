package io.partybranch.members.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.DuesLedger;
import io.partybranch.members.domain.DuesTariff;
import io.partybranch.members.repository.DuesAssessment;
import io.partybranch.members.repository.DuesBill;
import io.partybranch.members.repository.DuesExemption;
import io.partybranch.members.repository.DuesHistory;
import io.partybranch.members.repository.DuesPayment;
import io.partybranch.members.repository.Member;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A member's dues as they stand: a year's months and payments, what is owed and ahead, and the six-month flag. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DuesAccountService {

    @Inject
    MemberService members;

    public record Account(UUID memberId, int year, BigDecimal monthlyAmount, List<DuesLedger.Month> months,
            List<DuesPaymentService.Settled> payments, BigDecimal outstanding, BigDecimal credit, int monthsBehind,
            boolean sixMonthsBehind, LocalDate asOf) {
    }

    public Account account(UUID memberId, int year) {
        Member member = members.find(memberId);
        LocalDate today = BusinessCalendar.today();
        List<DuesBill> bills = DuesBill.list("memberId", Sort.by("month"), member.id);
        List<DuesPayment> payments = DuesPayment.list("memberId", Sort.by("paidOn").and("recordedAt"), member.id);
        DuesLedger.Account ledger = DuesLedger.settle(
                bills.stream().map(b -> new DuesLedger.Bill(YearMonth.from(b.month), b.amount)).toList(),
                payments.stream().filter(p -> !p.cancelled).map(p -> new DuesLedger.Payment(p.id, p.paidOn, p.amount)).toList());
        Map<UUID, DuesLedger.Allocation> allocations = ledger.allocations().stream()
                .collect(Collectors.toMap(DuesLedger.Allocation::paymentId, Function.identity()));
        YearMonth priced = year == today.getYear() ? YearMonth.from(today) : YearMonth.of(year, 12);
        BigDecimal monthlyAmount = DuesTariffs.of(member.id).priceOf(priced).map(DuesTariff.Price::amount).orElse(null);
        List<DuesLedger.Month> months = ledger.months().stream().filter(m -> m.month().getYear() == year).toList();
        List<DuesPaymentService.Settled> ofYear = payments.stream().filter(p -> p.paidOn.getYear() == year)
                .map(p -> new DuesPaymentService.Settled(p, allocations.get(p.id)))
                .toList();
        return new Account(member.id, year, monthlyAmount, months, ofYear, ledger.outstanding(), ledger.credit(),
                ledger.monthsBehind(today), ledger.flaggedOn(today), today);
    }

    public DuesPaymentService.Settled payment(UUID memberId, UUID paymentId) {
        Account account = account(memberId, DuesPayment.<DuesPayment>findByIdOptional(paymentId)
                .filter(p -> p.memberId.equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("Dues payment", paymentId)).paidOn.getYear());
        return account.payments().stream().filter(s -> s.payment().id.equals(paymentId)).findFirst().orElseThrow();
    }

    public DuesAssessment assessment(UUID memberId, UUID assessmentId) {
        members.find(memberId);
        return DuesAssessment.<DuesAssessment>findByIdOptional(assessmentId).filter(a -> a.memberId.equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("Dues assessment", assessmentId));
    }

    public DuesExemption exemption(UUID memberId, UUID exemptionId) {
        members.find(memberId);
        return DuesExemption.<DuesExemption>findByIdOptional(exemptionId).filter(e -> e.memberId.equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("Dues exemption", exemptionId));
    }

    public List<DuesHistory> history(UUID memberId) {
        members.find(memberId);
        return DuesHistory.list("memberId", Sort.by("recordedAt").and("id"), memberId);
    }
}
