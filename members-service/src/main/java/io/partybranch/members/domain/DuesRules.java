package io.partybranch.members.domain;

import io.partybranch.common.http.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The dues rules of 《关于中国共产党党费收缴、使用和管理的规定》 (中组发〔2008〕3号), pure: no database,
 * no clock (callers pass "today"). Each refusal is a 409 whose type names the rule.
 *
 * <p>Bracket edges follow the regulation's "（含）": an income of exactly 3,000 元 is in the 0.5 % bracket,
 * 3,000.01 元 in the 1 % one. Amounts are computed to the fen (分) and rounded half up; the
 * regulation leaves the rounding open and some localities round to the jiao (角) instead.
 */
public final class DuesRules {

    public static final String REGULATION = "《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）";
    /** 学生党员 and members without income (下岗失业、依靠抚恤或救济生活、生活困难的离退休党员). */
    public static final BigDecimal FIXED_MONTHLY_DUES = new BigDecimal("0.20");
    /** 连续六个月不交纳党费: 党章 treats a member who does so without good reason as having left (自行脱党). */
    public static final int MONTHS_BEHIND_FLAGGED = 6;
    /** 预交 (like 补交) generally covers at most six months. */
    public static final int MAX_PREPAID_MONTHS = 6;
    /** An approved exemption or reduction is reviewed at least yearly: the platform takes at most twelve months at once. */
    public static final int MAX_EXEMPTION_MONTHS = 12;

    private record Bracket(BigDecimal upTo, BigDecimal rate, String basis) {
    }

    private static final List<Bracket> SALARY = List.of(
            new Bracket(new BigDecimal("3000"), new BigDecimal("0.005"), "月工资收入（税后）3000元以下（含3000元），交纳0.5%"),
            new Bracket(new BigDecimal("5000"), new BigDecimal("0.01"), "月工资收入（税后）3000元以上至5000元（含5000元），交纳1%"),
            new Bracket(new BigDecimal("10000"), new BigDecimal("0.015"), "月工资收入（税后）5000元以上至10000元（含10000元），交纳1.5%"),
            new Bracket(null, new BigDecimal("0.02"), "月工资收入（税后）10000元以上，交纳2%"));
    private static final List<Bracket> PENSION = List.of(
            new Bracket(new BigDecimal("5000"), new BigDecimal("0.005"), "离退休费（养老金）5000元以下（含5000元），交纳0.5%"),
            new Bracket(null, new BigDecimal("0.01"), "离退休费（养老金）5000元以上，交纳1%"));

    /** The monthly dues the rules give, the rate (absent for fixed amounts) and the rule in words. */
    public record MonthlyDues(BigDecimal amount, BigDecimal rate, String basis) {
    }

    private DuesRules() {
    }

    /**
     * @param monthlyIncome after-tax monthly salary (在职) or pension (离退休); must be absent for the
     *     fixed-amount categories, which the caller has validated
     */
    public static MonthlyDues monthlyDues(DuesCategory category, BigDecimal monthlyIncome) {
        if (!category.incomeBased()) {
            return new MonthlyDues(FIXED_MONTHLY_DUES, null,
                    category == DuesCategory.STUDENT ? "学生党员每月交纳0.2元" : "无固定收入或生活困难的党员每月交纳0.2元");
        }
        if (monthlyIncome == null || monthlyIncome.signum() <= 0) {
            throw new IllegalArgumentException("an income-based category needs a positive monthly income");
        }
        for (Bracket bracket : category == DuesCategory.EMPLOYED ? SALARY : PENSION) {
            if (bracket.upTo() == null || monthlyIncome.compareTo(bracket.upTo()) <= 0) {
                return new MonthlyDues(monthlyIncome.multiply(bracket.rate()).setScale(2, RoundingMode.HALF_UP),
                        bracket.rate(), bracket.basis());
            }
        }
        throw new IllegalStateException("unreachable: the last bracket has no upper bound");
    }

    /**
     * What the second round of validation finds wrong with the income given the category, or null
     * (its bounds and decimals are field constraints of the request).
     */
    public static String incomeProblem(DuesCategory category, BigDecimal monthlyIncome) {
        if (category.incomeBased()) {
            return monthlyIncome == null
                    ? "is required for " + category + " members (the after-tax monthly "
                            + (category == DuesCategory.EMPLOYED ? "salary" : "pension") + ")"
                    : null;
        }
        return monthlyIncome == null ? null : "must be absent for " + category + " members, who pay a fixed 0.20 a month";
    }

    /** Only 预备党员 and 正式党员 in normal standing pay dues (预备党员 from the day of the admission meeting). */
    public static void requirePayingMember(PoliticalStatus status, MembershipState state) {
        if ((status != PoliticalStatus.PROBATIONARY && status != PoliticalStatus.FULL) || state != MembershipState.NORMAL) {
            throw ProblemException.refused(MembersRule.DUES_FOR_MEMBERS_ONLY,
                    "Dues are kept for PROBATIONARY and FULL members in NORMAL standing; this one is " + status + ", " + state);
        }
    }

    /** Nothing is due, and nothing can be paid, before the admission meeting. */
    public static void checkNotBeforeAdmission(LocalDate joinedOn, YearMonth month, String what) {
        if (joinedOn != null && month.isBefore(YearMonth.from(joinedOn))) {
            throw ProblemException.refused(MembersRule.DUES_BEFORE_ADMISSION,
                    what + " (" + month + ") is before the month of admission (" + YearMonth.from(joinedOn) + ")");
        }
    }

    public static void checkMonthStarted(YearMonth month, LocalDate today) {
        if (month.isAfter(YearMonth.from(today))) {
            throw ProblemException.refused(MembersRule.DUES_MONTH_NOT_STARTED,
                    "Bills are issued for the current month at the latest (" + YearMonth.from(today)
                            + "); " + month + " has not started. Dues paid ahead are a prepayment");
        }
    }

    /**
     * Whether a member owes dues for a month: admitted by its last day, and in normal standing on its
     * first (a member who left or was suspended during the month still owes it; one suspended before
     * it does not).
     */
    public static boolean owesDues(PoliticalStatus status, LocalDate joinedOn, MembershipState state, LocalDate stateSince,
            YearMonth month) {
        if (status != PoliticalStatus.PROBATIONARY && status != PoliticalStatus.FULL) {
            return false;
        }
        if (joinedOn == null || joinedOn.isAfter(month.atEndOfMonth())) {
            return false;
        }
        return state == MembershipState.NORMAL || (stateSince != null && stateSince.isAfter(month.atDay(1)));
    }

    /**
     * 预交: the credit left once every bill is paid may cover the months up to six after the current
     * one, at the current monthly amount.
     *
     * @param credit what the member has paid beyond all bills issued
     * @param firstUnbilled the first month without a bill (the current one or later if already billed)
     */
    public static void checkPrepayment(BigDecimal credit, BigDecimal monthlyAmount, YearMonth firstUnbilled, LocalDate today) {
        if (credit.signum() <= 0) {
            return;
        }
        YearMonth last = YearMonth.from(today).plusMonths(MAX_PREPAID_MONTHS);
        long months = Math.max(0, ChronoUnit.MONTHS.between(firstUnbilled, last) + 1);
        if (monthlyAmount == null || monthlyAmount.signum() == 0) {
            throw ProblemException.refused(MembersRule.DUES_NO_ASSESSMENT,
                    "The payment leaves " + credit.toPlainString() + " beyond the bills issued, but the member has no monthly "
                            + "dues to prepay (no assessment in force, or an exemption)");
        }
        BigDecimal allowed = monthlyAmount.multiply(BigDecimal.valueOf(months));
        if (credit.compareTo(allowed) > 0) {
            throw ProblemException.refused(MembersRule.DUES_PREPAYMENT_OVER_SIX_MONTHS,
                    "The payment leaves " + credit.toPlainString() + " paid ahead; at " + monthlyAmount.toPlainString()
                            + " a month, prepayments may cover at most up to " + last + " (" + allowed.toPlainString() + ")");
        }
    }

    /** 少交 means less than the rules' amount; an amount at or above it is no reduction. */
    public static void checkReduction(BigDecimal reducedAmount, BigDecimal rulesAmount) {
        if (reducedAmount.compareTo(rulesAmount) >= 0) {
            throw ProblemException.refused(MembersRule.DUES_REDUCTION_NOT_LOWER,
                    "A reduction to " + reducedAmount.toPlainString() + " is not below the rules' " + rulesAmount.toPlainString()
                            + " a month");
        }
    }

    /** One exemption or reduction per month: periods of the same member may not overlap. */
    public static void checkNoOverlap(YearMonth from, YearMonth to, List<YearMonth[]> existing) {
        for (YearMonth[] period : existing) {
            if (!from.isAfter(period[1]) && !to.isBefore(period[0])) {
                throw ProblemException.refused(MembersRule.DUES_EXEMPTION_OVERLAPS,
                        "The months " + from + " to " + to + " overlap an approved exemption or reduction of " + period[0]
                                + " to " + period[1]);
            }
        }
    }

    public static void requireNotCancelled(boolean cancelled) {
        if (cancelled) {
            throw ProblemException.refused(MembersRule.DUES_PAYMENT_CANCELLED,
                    "The payment was cancelled; record a new one instead of correcting it");
        }
    }

    /** Hidden like a citizen ID's digits: one star per digit of the whole yuan, the fen dropped, so only the magnitude shows. */
    public static String maskIncome(BigDecimal income) {
        if (income == null) {
            return null;
        }
        return "*".repeat(income.setScale(0, RoundingMode.DOWN).toPlainString().length());
    }
}
