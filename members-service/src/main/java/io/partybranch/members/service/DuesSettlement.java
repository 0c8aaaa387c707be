package io.partybranch.members.service;

import io.partybranch.members.domain.DuesLedger;
import io.partybranch.members.domain.DuesTariff;
import io.partybranch.members.repository.DuesBill;
import io.partybranch.members.repository.DuesHistory;
import io.partybranch.members.repository.DuesPayment;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps a member's bills in line with their assessments, reliefs and payments: re-prices bills
 * when the base changes, and writes on each bill what the payments leave on it. Collects the
 * branch months whose figures may have moved, for {@link DuesFigures} to refresh once per call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DuesSettlement {

    @Inject
    EntityManager entityManager;

    /** Re-prices the member's issued bills of the months from {@code from} to {@code to}; bills without a price keep theirs. */
    void reprice(UUID memberId, YearMonth from, YearMonth to, String reason, String recordedBy, Set<BranchMonth> affected) {
        DuesTariffs tariffs = DuesTariffs.of(memberId);
        List<DuesBill> bills = DuesBill.list("memberId = ?1 and month >= ?2 and month <= ?3", Sort.by("month"),
                memberId, from.atDay(1), to.atDay(1));
        for (DuesBill bill : bills) {
            Optional<DuesTariff.Price> price = tariffs.priceOf(YearMonth.from(bill.month));
            if (price.isEmpty() || price.get().amount().compareTo(bill.amount) == 0) {
                continue;
            }
            DuesHistory.record(memberId, DuesHistory.BILL, bill.id, "REPRICED",
                    YearMonth.from(bill.month) + " " + bill.amount.toPlainString(),
                    YearMonth.from(bill.month) + " " + price.get().amount().toPlainString(), reason, recordedBy);
            bill.amount = price.get().amount();
            bill.basis = price.get().fromRelief() ? DuesBill.BASIS_EXEMPTION : DuesBill.BASIS_ASSESSMENT;
            affected.add(new BranchMonth(bill.organizationId, YearMonth.from(bill.month)));
        }
    }

    /**
     * Settles the member's bills against their payments, oldest month first, and writes the outcome
     * on the bills. Every month from the earliest one whose outcome changed is marked affected:
     * the months behind at later month-ends may have changed with it.
     */
    DuesLedger.Account settle(UUID memberId, Set<BranchMonth> affected) {
        // One settlement of a member at a time: a second payment recorded meanwhile waits, then sees the first.
        entityManager.createNativeQuery("select id from member where id = :id for update").setParameter("id", memberId)
                .getSingleResult();
        List<DuesBill> bills = DuesBill.list("memberId", Sort.by("month"), memberId);
        List<DuesPayment> payments = DuesPayment.list("memberId = ?1 and cancelled = false", memberId);
        DuesLedger.Account account = DuesLedger.settle(
                bills.stream().map(b -> new DuesLedger.Bill(YearMonth.from(b.month), b.amount)).toList(),
                payments.stream().map(p -> new DuesLedger.Payment(p.id, p.paidOn, p.amount)).toList());
        YearMonth earliestChange = null;
        for (int i = 0; i < bills.size(); i++) {
            DuesBill bill = bills.get(i);
            DuesLedger.Month month = account.months().get(i);
            LocalDate settledOn = month.settledOn();
            if (bill.paid.compareTo(month.paid()) != 0 || !Objects.equals(bill.settledOn, settledOn)) {
                bill.paid = month.paid();
                bill.settledOn = settledOn;
                earliestChange = earliestChange == null ? month.month() : earliestChange;
            }
        }
        for (DuesBill bill : bills) {
            YearMonth month = YearMonth.from(bill.month);
            if (earliestChange != null && !month.isBefore(earliestChange)) {
                affected.add(new BranchMonth(bill.organizationId, month));
            }
        }
        return account;
    }
}
