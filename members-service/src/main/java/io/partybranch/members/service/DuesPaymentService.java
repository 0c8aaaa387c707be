package io.partybranch.members.service;

import io.partybranch.common.http.ETags;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.DuesLedger;
import io.partybranch.members.domain.DuesRules;
import io.partybranch.members.domain.PaymentMethod;
import io.partybranch.members.repository.DuesHistory;
import io.partybranch.members.repository.DuesPayment;
import io.partybranch.members.repository.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Payments of dues (交纳党费): recorded with who recorded them, settled against the oldest unpaid
 * month first; what goes beyond the bills issued is a prepayment (预交), at most six months ahead.
 * A correction or cancellation keeps what the payment was in dues_history.
 */
@ApplicationScoped
@Transactional
public class DuesPaymentService {

    @Inject
    MemberService members;

    @Inject
    CallerScope caller;

    @Inject
    DuesSettlement settlement;

    @Inject
    DuesFigures figures;

    /** A payment as the member's account now allocates it. */
    public record Settled(DuesPayment payment, DuesLedger.Allocation allocation) {
    }

    public Settled record(UUID memberId, LocalDate paidOn, BigDecimal amount, PaymentMethod method, String receiptNumber,
            String note) {
        Member member = members.find(memberId);
        caller.requireWritable(member.organizationId);
        DuesRules.requirePayingMember(member.politicalStatus, member.membershipState);
        DuesRules.checkNotBeforeAdmission(member.joinedOn, YearMonth.from(paidOn), "The payment's month");
        DuesPayment payment = persist(member, paidOn, amount, method, receiptNumber, note);
        return resettle(member, payment);
    }

    public Settled correct(UUID memberId, UUID paymentId, String ifMatch, LocalDate paidOn, BigDecimal amount,
            PaymentMethod method, String receiptNumber, String reason) {
        Member member = members.find(memberId);
        DuesPayment payment = find(member, paymentId);
        ETags.requireMatch(ifMatch, payment.version);
        caller.requireWritable(payment.organizationId);
        DuesRules.requireNotCancelled(payment.cancelled);
        DuesRules.checkNotBeforeAdmission(member.joinedOn, YearMonth.from(paidOn), "The payment's month");
        String before = describe(payment);
        payment.paidOn = paidOn;
        payment.amount = amount;
        payment.method = method;
        payment.receiptNumber = blankToNull(receiptNumber);
        DuesHistory.record(member.id, DuesHistory.PAYMENT, payment.id, "CORRECTED", before, describe(payment), reason.trim(),
                caller.subject());
        return resettle(member, payment);
    }

    public Settled cancel(UUID memberId, UUID paymentId, String ifMatch, String reason) {
        Member member = members.find(memberId);
        DuesPayment payment = find(member, paymentId);
        ETags.requireMatch(ifMatch, payment.version);
        caller.requireWritable(payment.organizationId);
        DuesRules.requireNotCancelled(payment.cancelled);
        payment.cancelled = true;
        DuesHistory.record(member.id, DuesHistory.PAYMENT, payment.id, "CANCELLED", describe(payment), null, reason.trim(),
                caller.subject());
        return resettle(member, payment);
    }

    /** Writes a payment the caller has checked; settling it is the caller's. */
    DuesPayment persist(Member member, LocalDate paidOn, BigDecimal amount, PaymentMethod method, String receiptNumber, String note) {
        DuesPayment payment = new DuesPayment();
        payment.id = UUID.randomUUID();
        payment.memberId = member.id;
        payment.organizationId = member.organizationId;
        payment.paidOn = paidOn;
        payment.amount = amount;
        payment.method = method;
        payment.receiptNumber = blankToNull(receiptNumber);
        payment.note = blankToNull(note);
        payment.recordedBy = caller.subject();
        payment.recordedAt = BusinessCalendar.now();
        payment.persist();
        return payment;
    }

    /** The member's account once the change is counted: refused whole if it leaves more paid ahead than six months. */
    private Settled resettle(Member member, DuesPayment payment) {
        Set<BranchMonth> affected = new HashSet<>();
        DuesLedger.Account account = settlement.settle(member.id, affected);
        YearMonth current = YearMonth.from(BusinessCalendar.today());
        YearMonth firstUnbilled = account.firstUnbilled(current);
        DuesRules.checkPrepayment(account.credit(), DuesTariffs.of(member.id).amountToPrepay(firstUnbilled.isAfter(current)
                ? firstUnbilled
                : current), firstUnbilled, BusinessCalendar.today());
        figures.refresh(affected);
        DuesLedger.Allocation allocation = account.allocations().stream()
                .filter(a -> payment.id.equals(a.paymentId())).findFirst()
                .orElse(new DuesLedger.Allocation(payment.id, null, null, account.credit()));
        return new Settled(payment, allocation);
    }

    private static DuesPayment find(Member member, UUID paymentId) {
        DuesPayment payment = DuesPayment.findById(paymentId);
        if (payment == null || !payment.memberId.equals(member.id)) {
            throw ProblemException.notFound("Dues payment", paymentId);
        }
        return payment;
    }

    private static String describe(DuesPayment payment) {
        return payment.paidOn + " " + payment.amount.toPlainString() + " " + payment.method
                + (payment.receiptNumber == null ? "" : " " + payment.receiptNumber);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
