package io.partybranch.members.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One member's dues account: which payment settles which month. A payment settles the oldest unpaid
 * month first (补交 before the current month, then 预交 ahead), so the months still unpaid are always
 * the latest ones and "six months behind" is a count of them. Payments are taken in the order they
 * were made ({@code paidOn}), so the account as of any past day is the same computation over the
 * payments made by then. Pure: no database, no clock.
 */
public final class DuesLedger {

    /** What was due for a month; zero when an exemption was approved. */
    public record Bill(YearMonth month, BigDecimal amount) {
    }

    public record Payment(UUID id, LocalDate paidOn, BigDecimal amount) {
    }

    /** A month as the payments left it: how much of it is paid, and the day it was paid in full. */
    public record Month(YearMonth month, BigDecimal due, BigDecimal paid, LocalDate settledOn) {

        public DuesMonthStatus status() {
            if (due.signum() == 0) {
                return DuesMonthStatus.EXEMPT;
            }
            if (settledOn != null) {
                return DuesMonthStatus.PAID;
            }
            return paid.signum() > 0 ? DuesMonthStatus.PARTLY_PAID : DuesMonthStatus.UNPAID;
        }

        /** Unpaid at the end of that day: due, its last day reached, and not paid in full by then. */
        public boolean behindOn(LocalDate day) {
            return due.signum() > 0 && !month.atEndOfMonth().isAfter(day) && (settledOn == null || settledOn.isAfter(day));
        }
    }

    /** The months a payment went to (first and last), null when it all went ahead as credit. */
    public record Allocation(UUID paymentId, YearMonth firstMonth, YearMonth lastMonth, BigDecimal aheadOfBills) {
    }

    public record Account(List<Month> months, List<Allocation> allocations, BigDecimal credit) {

        /** How many months with dues were unpaid at the end of that day (each is due by its last day). */
        public int monthsBehind(LocalDate day) {
            return (int) months.stream().filter(m -> m.behindOn(day)).count();
        }

        /** 连续六个月不交纳党费 at the end of that day. */
        public boolean flaggedOn(LocalDate day) {
            return monthsBehind(day) >= DuesRules.MONTHS_BEHIND_FLAGGED;
        }

        public BigDecimal outstanding() {
            return months.stream().map(m -> m.due().subtract(m.paid())).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The first month after the last one billed, or {@code fallback} when none was billed. */
        public YearMonth firstUnbilled(YearMonth fallback) {
            return months.isEmpty() ? fallback : months.get(months.size() - 1).month().plusMonths(1);
        }
    }

    private DuesLedger() {
    }

    public static Account settle(List<Bill> bills, List<Payment> payments) {
        Map<YearMonth, BigDecimal> dueByMonth = new TreeMap<>();
        bills.forEach(bill -> dueByMonth.merge(bill.month(), bill.amount(), BigDecimal::add));
        List<YearMonth> months = new ArrayList<>(dueByMonth.keySet());
        BigDecimal[] paid = new BigDecimal[months.size()];
        LocalDate[] settledOn = new LocalDate[months.size()];
        Arrays.fill(paid, BigDecimal.ZERO);
        List<Payment> inOrder = payments.stream()
                .sorted(Comparator.comparing(Payment::paidOn).thenComparing(p -> p.id() == null ? "" : p.id().toString()))
                .toList();
        List<Allocation> allocations = new ArrayList<>();
        int next = 0;
        BigDecimal credit = BigDecimal.ZERO;
        for (Payment payment : inOrder) {
            BigDecimal left = payment.amount().add(credit);
            credit = BigDecimal.ZERO;
            YearMonth first = null;
            YearMonth last = null;
            while (next < months.size() && left.signum() > 0) {
                BigDecimal open = dueByMonth.get(months.get(next)).subtract(paid[next]);
                if (open.signum() <= 0) {
                    next++;
                    continue;
                }
                BigDecimal share = open.min(left);
                paid[next] = paid[next].add(share);
                left = left.subtract(share);
                first = first == null ? months.get(next) : first;
                last = months.get(next);
                if (paid[next].compareTo(dueByMonth.get(months.get(next))) == 0) {
                    settledOn[next] = payment.paidOn();
                    next++;
                }
            }
            credit = left;
            allocations.add(new Allocation(payment.id(), first, last, left));
        }
        List<Month> result = new ArrayList<>(months.size());
        for (int i = 0; i < months.size(); i++) {
            BigDecimal due = dueByMonth.get(months.get(i));
            // A month with nothing due is settled by definition; it never counts as behind.
            result.add(new Month(months.get(i), due, paid[i], due.signum() == 0 ? null : settledOn[i]));
        }
        return new Account(List.copyOf(result), List.copyOf(allocations), credit);
    }
}
