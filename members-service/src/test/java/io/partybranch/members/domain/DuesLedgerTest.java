package io.partybranch.members.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which payment settles which month, and who is how far behind on a given day; figures by hand. */
class DuesLedgerTest {

    private static final BigDecimal FIFTY = new BigDecimal("50.00");

    private static List<DuesLedger.Bill> monthly(int fromMonth, int toMonth, BigDecimal amount) {
        List<DuesLedger.Bill> bills = new ArrayList<>();
        for (int m = fromMonth; m <= toMonth; m++) {
            bills.add(new DuesLedger.Bill(YearMonth.of(2026, m), amount));
        }
        return bills;
    }

    private static DuesLedger.Payment paid(String on, String amount) {
        return new DuesLedger.Payment(UUID.randomUUID(), LocalDate.parse(on), new BigDecimal(amount));
    }

    @Test
    void sixUnpaidMonthsAreFlaggedAtTheEndOfTheSixth() {
        DuesLedger.Account account = DuesLedger.settle(monthly(1, 6, FIFTY), List.of());
        assertEquals(5, account.monthsBehind(LocalDate.of(2026, 6, 29)), "June is due by its last day");
        assertFalse(account.flaggedOn(LocalDate.of(2026, 6, 29)));
        assertEquals(6, account.monthsBehind(LocalDate.of(2026, 6, 30)));
        assertTrue(account.flaggedOn(LocalDate.of(2026, 6, 30)));
        assertEquals(new BigDecimal("300.00"), account.outstanding());
    }

    @Test
    void aPaymentSettlesTheOldestMonthsFirst() {
        DuesLedger.Account account = DuesLedger.settle(monthly(1, 4, FIFTY), List.of(paid("2026-03-10", "125.00")));
        assertEquals(DuesMonthStatus.PAID, account.months().get(0).status());
        assertEquals(LocalDate.of(2026, 3, 10), account.months().get(1).settledOn());
        assertEquals(DuesMonthStatus.PARTLY_PAID, account.months().get(2).status());
        assertEquals(new BigDecimal("25.00"), account.months().get(2).paid());
        assertEquals(DuesMonthStatus.UNPAID, account.months().get(3).status());
        assertEquals(YearMonth.of(2026, 1), account.allocations().get(0).firstMonth());
        assertEquals(YearMonth.of(2026, 3), account.allocations().get(0).lastMonth());
        assertEquals(new BigDecimal("75.00"), account.outstanding());
        assertEquals(2, account.monthsBehind(LocalDate.of(2026, 4, 30)), "March (partly paid) and April");
    }

    @Test
    void aPrepaymentSettlesMonthsBilledLaterOnTheDayItWasMade() {
        DuesLedger.Account january = DuesLedger.settle(monthly(1, 1, FIFTY), List.of(paid("2026-01-05", "300.00")));
        assertEquals(new BigDecimal("250.00"), january.credit());
        assertEquals(new BigDecimal("250.00"), january.allocations().get(0).aheadOfBills());

        DuesLedger.Account june = DuesLedger.settle(monthly(1, 6, FIFTY), List.of(paid("2026-01-05", "300.00")));
        assertEquals(0, june.credit().signum());
        assertEquals(LocalDate.of(2026, 1, 5), june.months().get(5).settledOn());
        assertEquals(0, june.monthsBehind(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void theAccountOnAPastDayCountsOnlyThePaymentsMadeByThen() {
        DuesLedger.Account account = DuesLedger.settle(monthly(1, 6, FIFTY), List.of(paid("2026-08-20", "300.00")));
        assertTrue(account.flaggedOn(LocalDate.of(2026, 7, 31)), "behind six months before the 补交");
        assertTrue(account.flaggedOn(LocalDate.of(2026, 8, 19)));
        assertEquals(0, account.monthsBehind(LocalDate.of(2026, 8, 20)));
    }

    @Test
    void exemptMonthsNeitherCountNorBreakTheRun() {
        List<DuesLedger.Bill> bills = new ArrayList<>(monthly(1, 3, BigDecimal.ZERO.setScale(2)));
        bills.addAll(monthly(4, 9, FIFTY));
        DuesLedger.Account account = DuesLedger.settle(bills, List.of());
        assertEquals(DuesMonthStatus.EXEMPT, account.months().get(0).status());
        assertNull(account.months().get(0).settledOn());
        assertEquals(5, account.monthsBehind(LocalDate.of(2026, 8, 31)));
        assertTrue(account.flaggedOn(LocalDate.of(2026, 9, 30)));
    }

    @Test
    void paymentsAreTakenInTheOrderTheyWereMadeWhateverTheOrderTheyWereRecorded() {
        List<DuesLedger.Payment> recordedLateFirst = List.of(paid("2026-05-02", "50.00"), paid("2026-02-01", "50.00"));
        DuesLedger.Account account = DuesLedger.settle(monthly(1, 2, FIFTY), recordedLateFirst);
        assertEquals(LocalDate.of(2026, 2, 1), account.months().get(0).settledOn());
        assertEquals(LocalDate.of(2026, 5, 2), account.months().get(1).settledOn());
        assertEquals(1, account.monthsBehind(LocalDate.of(2026, 4, 30)), "February was paid only in May");
    }

    @Test
    void aYearOfTwentyFenAddsUpExactly() {
        DuesLedger.Account account = DuesLedger.settle(monthly(1, 12, new BigDecimal("0.20")),
                List.of(paid("2026-06-30", "1.20"), paid("2026-12-31", "1.20")));
        assertEquals(0, account.outstanding().signum());
        assertEquals(LocalDate.of(2026, 6, 30), account.months().get(5).settledOn());
        assertEquals(LocalDate.of(2026, 12, 31), account.months().get(6).settledOn());
        assertEquals(YearMonth.of(2027, 1), account.firstUnbilled(YearMonth.of(2026, 1)));
    }
}
