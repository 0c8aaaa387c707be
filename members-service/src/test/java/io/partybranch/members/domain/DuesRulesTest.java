package io.partybranch.members.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.http.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every dues rule, allowed and refused; the amounts were computed by hand from the regulation's brackets. */
class DuesRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static void refusedBy(String rule, Executable check) {
        ProblemException refusal = assertThrows(ProblemException.class, check);
        assertEquals(409, refusal.status());
        assertEquals("/problems/rule-violation/" + rule, refusal.type());
    }

    @ParameterizedTest(name = "在职 {0} → {1}")
    @CsvSource({
            "1234.50, 6.17", // 6.1725
            "2101.00, 10.51", // 10.505: half up, not half even
            "2999.99, 15.00", // 14.99995
            "3000.00, 15.00", // 含3000元: still 0.5 %
            "3000.01, 30.00", // 30.0001: 1 %
            "4321.37, 43.21",
            "5000.00, 50.00",
            "5000.01, 75.00", // 75.00015: 1.5 %
            "6543.21, 98.15", // 98.14815
            "10000.00, 150.00",
            "10000.01, 200.00", // 200.0002: 2 %
            "12345.67, 246.91"})
    void employedMembersPayTheirSalarysBracket(BigDecimal income, BigDecimal expected) {
        assertEquals(expected, DuesRules.monthlyDues(DuesCategory.EMPLOYED, income).amount());
    }

    @ParameterizedTest(name = "离退休 {0} → {1}")
    @CsvSource({"4200.00, 21.00", "5000.00, 25.00", "5000.01, 50.00", "6800.00, 68.00", "3333.33, 16.67"})
    void retiredMembersPayTheirPensionsBracket(BigDecimal income, BigDecimal expected) {
        assertEquals(expected, DuesRules.monthlyDues(DuesCategory.RETIRED, income).amount());
    }

    @Test
    void studentsAndMembersWithoutIncomePayTwentyFen() {
        DuesRules.MonthlyDues student = DuesRules.monthlyDues(DuesCategory.STUDENT, null);
        assertEquals(new BigDecimal("0.20"), student.amount());
        assertNull(student.rate());
        assertEquals(new BigDecimal("0.20"), DuesRules.monthlyDues(DuesCategory.NO_INCOME, null).amount());
        assertTrue(DuesRules.monthlyDues(DuesCategory.EMPLOYED, new BigDecimal("4000")).basis().contains("1%"));
    }

    @Test
    void theIncomeIsRequiredExactlyForIncomeBasedCategories() {
        assertNull(DuesRules.incomeProblem(DuesCategory.EMPLOYED, new BigDecimal("4000")));
        assertNotNull(DuesRules.incomeProblem(DuesCategory.EMPLOYED, null));
        assertNotNull(DuesRules.incomeProblem(DuesCategory.RETIRED, null));
        assertNull(DuesRules.incomeProblem(DuesCategory.STUDENT, null));
        assertNotNull(DuesRules.incomeProblem(DuesCategory.STUDENT, new BigDecimal("800")));
        assertThrows(IllegalArgumentException.class, () -> DuesRules.monthlyDues(DuesCategory.EMPLOYED, BigDecimal.ZERO));
    }

    @Test
    void onlyProbationaryAndFullMembersInNormalStandingPay() {
        assertDoesNotThrow(() -> DuesRules.requirePayingMember(PoliticalStatus.FULL, MembershipState.NORMAL));
        assertDoesNotThrow(() -> DuesRules.requirePayingMember(PoliticalStatus.PROBATIONARY, MembershipState.NORMAL));
        refusedBy("dues-for-members-only", () -> DuesRules.requirePayingMember(PoliticalStatus.CANDIDATE, MembershipState.NORMAL));
        refusedBy("dues-for-members-only", () -> DuesRules.requirePayingMember(PoliticalStatus.FULL, MembershipState.SUSPENDED));
    }

    @Test
    void nothingIsDueBeforeTheMonthOfAdmission() {
        LocalDate joined = LocalDate.of(2026, 6, 15);
        assertDoesNotThrow(() -> DuesRules.checkNotBeforeAdmission(joined, YearMonth.of(2026, 6), "the bill"));
        refusedBy("dues-before-admission", () -> DuesRules.checkNotBeforeAdmission(joined, YearMonth.of(2026, 5), "the bill"));
    }

    @Test
    void billsAreIssuedUpToTheCurrentMonth() {
        assertDoesNotThrow(() -> DuesRules.checkMonthStarted(YearMonth.of(2026, 11), TODAY));
        refusedBy("dues-month-not-started", () -> DuesRules.checkMonthStarted(YearMonth.of(2026, 12), TODAY));
    }

    @Test
    void whoOwesAMonth() {
        YearMonth june = YearMonth.of(2026, 6);
        assertTrue(DuesRules.owesDues(PoliticalStatus.PROBATIONARY, LocalDate.of(2026, 6, 30), MembershipState.NORMAL, null, june),
                "预备党员 pay from the admission meeting's month");
        assertFalse(DuesRules.owesDues(PoliticalStatus.PROBATIONARY, LocalDate.of(2026, 7, 1), MembershipState.NORMAL, null, june));
        assertFalse(DuesRules.owesDues(PoliticalStatus.CANDIDATE, null, MembershipState.NORMAL, null, june));
        assertTrue(
                DuesRules.owesDues(PoliticalStatus.FULL, LocalDate.of(2000, 1, 1), MembershipState.LEFT, LocalDate.of(2026, 6, 20), june),
                "who left during the month owes it");
        assertFalse(
                DuesRules.owesDues(PoliticalStatus.FULL, LocalDate.of(2000, 1, 1), MembershipState.SUSPENDED, LocalDate.of(2026, 6, 1),
                        june),
                "who was suspended from its first day does not");
    }

    @Test
    void prepaymentsCoverAtMostSixMonthsAfterTheCurrentOne() {
        BigDecimal monthly = new BigDecimal("50.00");
        YearMonth firstUnbilled = YearMonth.of(2026, 12);
        // December to May: six months ahead of November.
        assertDoesNotThrow(() -> DuesRules.checkPrepayment(new BigDecimal("300.00"), monthly, firstUnbilled, TODAY));
        refusedBy("dues-prepayment-over-six-months",
                () -> DuesRules.checkPrepayment(new BigDecimal("300.01"), monthly, firstUnbilled, TODAY));
        // November not billed yet: it counts too.
        assertDoesNotThrow(() -> DuesRules.checkPrepayment(new BigDecimal("350.00"), monthly, YearMonth.of(2026, 11), TODAY));
        refusedBy("dues-no-assessment", () -> DuesRules.checkPrepayment(new BigDecimal("1.00"), null, firstUnbilled, TODAY));
        assertDoesNotThrow(() -> DuesRules.checkPrepayment(BigDecimal.ZERO, null, firstUnbilled, TODAY));
    }

    @Test
    void aReductionIsBelowTheRulesAmount() {
        assertDoesNotThrow(() -> DuesRules.checkReduction(new BigDecimal("10.00"), new BigDecimal("43.21")));
        refusedBy("dues-reduction-not-lower", () -> DuesRules.checkReduction(new BigDecimal("43.21"), new BigDecimal("43.21")));
    }

    @Test
    void exemptionsOfOneMemberDoNotOverlap() {
        List<YearMonth[]> existing = List.<YearMonth[]>of(new YearMonth[]{YearMonth.of(2026, 3), YearMonth.of(2026, 6)});
        assertDoesNotThrow(() -> DuesRules.checkNoOverlap(YearMonth.of(2026, 7), YearMonth.of(2026, 9), existing));
        assertDoesNotThrow(() -> DuesRules.checkNoOverlap(YearMonth.of(2026, 1), YearMonth.of(2026, 2), existing));
        refusedBy("dues-exemption-overlaps", () -> DuesRules.checkNoOverlap(YearMonth.of(2026, 6), YearMonth.of(2026, 8), existing));
        refusedBy("dues-exemption-overlaps", () -> DuesRules.checkNoOverlap(YearMonth.of(2026, 1), YearMonth.of(2026, 12), existing));
    }

    @Test
    void aCancelledPaymentIsNotCorrected() {
        assertDoesNotThrow(() -> DuesRules.requireNotCancelled(false));
        refusedBy("dues-payment-cancelled", () -> DuesRules.requireNotCancelled(true));
    }

    @Test
    void incomesAreMaskedLikeCitizenIds() {
        assertEquals("****", DuesRules.maskIncome(new BigDecimal("8532.50")));
        assertEquals("*****", DuesRules.maskIncome(new BigDecimal("12345.67")));
        assertNull(DuesRules.maskIncome(null));
    }
}
