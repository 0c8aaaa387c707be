package io.partybranch.members.service;

import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.common.workbook.BoundedWorkbookReader;
import io.partybranch.members.domain.CitizenIdNumbers;
import io.partybranch.members.domain.DuesCategory;
import io.partybranch.members.domain.DuesLedger;
import io.partybranch.members.domain.DuesRules;
import io.partybranch.members.domain.DuesTariff;
import io.partybranch.members.domain.PaymentMethod;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.mapping.DuesColumn;
import io.partybranch.members.repository.DuesAssessment;
import io.partybranch.members.repository.DuesBill;
import io.partybranch.members.repository.DuesPayment;
import io.partybranch.members.repository.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A branch's dues of a year from its 党费收缴 sheet, all rows or none: each member's base, the bills
 * of the months they owed up to the current one, and a payment for every month with an amount,
 * dated that month's last day (today for the current month and months paid ahead). Every row is
 * checked first, and the problems of all rows are answered at once. Logs never carry cell contents.
 */
@ApplicationScoped
public class DuesImportService {

    private static final Logger LOG = Logger.getLogger(DuesImportService.class);

    @Inject
    OrganizationService organizations;

    @Inject
    CallerScope caller;

    @Inject
    CitizenIdProtector protector;

    @Inject
    DuesAssessmentService assessments;

    @Inject
    DuesBillingService billing;

    @Inject
    DuesPaymentService payments;

    @Inject
    DuesSettlement settlement;

    @Inject
    DuesFigures figures;

    /** One member's year as the sheet gives it, checked. */
    public record PreparedRow(Member member, DuesCategory category, BigDecimal income, DuesRules.MonthlyDues dues,
            List<YearMonth> billed, Map<YearMonth, BigDecimal> paid, PaymentMethod method) {
    }

    public record Prepared(UUID branchId, int year, List<PreparedRow> rows) {
    }

    public record Imported(UUID branchId, int year, int members, int bills, int payments, BigDecimal billed, BigDecimal paid) {
    }

    /** Runs outside any transaction: a refused row would otherwise mark the import's transaction rollback-only. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Prepared prepare(UUID branchId, int year, byte[] workbook) {
        DuesBillingService.requireBranch(organizations.find(branchId));
        caller.requireWritable(branchId);
        LocalDate today = BusinessCalendar.today();
        if (year > today.getYear()) {
            throw ProblemException.invalid("year", "must be " + today.getYear() + " or earlier: a sheet records dues owed and paid");
        }
        List<BoundedWorkbookReader.Row<DuesColumn>> rows = BoundedWorkbookReader.read(workbook, DuesColumn.LAYOUT);
        Map<String, List<Member>> byName = new HashMap<>();
        Map<String, Member> byCitizenIdHash = new HashMap<>();
        for (Member member : Member.<Member>list("organizationId = ?1 and politicalStatus in ?2", branchId,
                List.of(PoliticalStatus.PROBATIONARY, PoliticalStatus.FULL))) {
            byName.computeIfAbsent(member.fullName, name -> new ArrayList<>()).add(member);
            if (member.citizenIdHash != null) {
                byCitizenIdHash.put(member.citizenIdHash, member);
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<PreparedRow> prepared = new ArrayList<>();
        Map<UUID, Integer> rowOfMember = new HashMap<>();
        for (BoundedWorkbookReader.Row<DuesColumn> row : rows) {
            int before = errors.size();
            Map<DuesColumn, Object> values = new EnumMap<>(DuesColumn.class);
            row.cells().forEach((column, text) -> {
                try {
                    values.put(column, column.parse(text));
                } catch (IllegalArgumentException e) {
                    errors.add(row.error(column.property(), e.getMessage()));
                }
            });
            if (errors.size() > before) {
                continue;
            }
            Member member = match(row, values, byName, byCitizenIdHash, errors);
            if (member == null) {
                continue;
            }
            Integer earlier = rowOfMember.putIfAbsent(member.id, row.number());
            if (earlier != null) {
                errors.add(new Problem.FieldError(row.field(), "names the same member as row " + earlier));
                continue;
            }
            PreparedRow checked = check(row, member, values, year, today, errors);
            if (checked != null && errors.size() == before) {
                prepared.add(checked);
            }
        }
        if (!errors.isEmpty()) {
            LOG.infof("Dues import into %s for %d refused: %d problem(s) in %d row(s)", branchId, year, errors.size(), rows.size());
            throw ProblemException.invalid(errors);
        }
        return new Prepared(branchId, year, prepared);
    }

    /** Writes what {@link #prepare} accepted, in one transaction, and publishes the branch's months once. */
    @Transactional
    public Imported persist(Prepared prepared) {
        Set<BranchMonth> affected = new HashSet<>();
        int bills = 0;
        int paymentCount = 0;
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        LocalDate today = BusinessCalendar.today();
        for (PreparedRow row : prepared.rows()) {
            Member member = Member.findById(row.member().id);
            DuesAssessment assessment = assessments.record(member, prepared.year(), 1, row.category(), row.income(),
                    prepared.year() + "年度党费收缴表导入");
            DuesTariff.Price price = new DuesTariff.Price(assessment.monthlyAmount, assessment.id, null);
            for (YearMonth month : row.billed()) {
                billing.issueFor(member, month, price, affected);
                bills++;
                billed = billed.add(price.amount());
            }
            for (Map.Entry<YearMonth, BigDecimal> entry : row.paid().entrySet()) {
                payments.persist(member, paidOn(entry.getKey(), today), entry.getValue(), row.method(), null,
                        entry.getKey() + " 党费（导入）");
                paymentCount++;
                paid = paid.add(entry.getValue());
            }
            settlement.settle(member.id, affected);
        }
        figures.refresh(affected);
        LOG.infof("Dues import into %s for %d: %d member(s), %d bill(s), %d payment(s)", prepared.branchId(), prepared.year(),
                prepared.rows().size(), bills, paymentCount);
        return new Imported(prepared.branchId(), prepared.year(), prepared.rows().size(), bills, paymentCount, billed, paid);
    }

    private Member match(BoundedWorkbookReader.Row<DuesColumn> row, Map<DuesColumn, Object> values,
            Map<String, List<Member>> byName, Map<String, Member> byCitizenIdHash, List<Problem.FieldError> errors) {
        String name = (String) values.get(DuesColumn.FULL_NAME);
        String citizenId = CitizenIdNumbers.normalize((String) values.get(DuesColumn.CITIZEN_ID));
        if (name == null) {
            errors.add(row.error("fullName", "must not be blank"));
            return null;
        }
        if (citizenId != null) {
            Member member = byCitizenIdHash.get(protector.hash(citizenId));
            if (member == null || !member.fullName.equals(name)) {
                errors.add(row.error("citizenId", "names no probationary or full member of this branch called " + name));
                return null;
            }
            return member;
        }
        List<Member> named = byName.getOrDefault(name, List.of());
        if (named.size() != 1) {
            errors.add(row.error("fullName", named.isEmpty()
                    ? "names no probationary or full member of this branch"
                    : "is the name of " + named.size() + " members of this branch; add their 身份证号"));
            return null;
        }
        return named.get(0);
    }

    private static PreparedRow check(BoundedWorkbookReader.Row<DuesColumn> row, Member member, Map<DuesColumn, Object> values,
            int year, LocalDate today, List<Problem.FieldError> errors) {
        DuesCategory category = (DuesCategory) values.get(DuesColumn.CATEGORY);
        if (category == null) {
            errors.add(row.error("category", "must not be blank"));
            return null;
        }
        BigDecimal income = (BigDecimal) values.get(DuesColumn.MONTHLY_INCOME);
        String incomeProblem = DuesRules.incomeProblem(category, income);
        if (incomeProblem == null && income != null && income.signum() == 0) {
            incomeProblem = "must be positive; a member without income is " + DuesCategory.NO_INCOME.label();
        }
        if (incomeProblem != null) {
            errors.add(row.error("monthlyIncome", incomeProblem));
            return null;
        }
        DuesRules.MonthlyDues dues = DuesRules.monthlyDues(category, income);
        BigDecimal stated = (BigDecimal) values.get(DuesColumn.MONTHLY_DUES);
        if (stated != null && stated.compareTo(dues.amount()) != 0) {
            errors.add(row.error("monthlyDues", "is " + dues.amount().toPlainString() + " by the rules (" + dues.basis() + "), not "
                    + stated.toPlainString()));
        }
        if (recordedAlready(member.id, year)) {
            errors.add(new Problem.FieldError(row.field(), "the member already has dues recorded for " + year
                    + "; correct them through the API instead of importing the year again"));
        }
        YearMonth current = YearMonth.from(today);
        List<YearMonth> billed = new ArrayList<>();
        Map<YearMonth, BigDecimal> paid = new TreeMap<>();
        for (DuesColumn column : DuesColumn.MONTHS) {
            YearMonth month = YearMonth.of(year, column.month());
            boolean owes = DuesRules.owesDues(member.politicalStatus, member.joinedOn, member.membershipState, member.stateSince, month);
            if (owes && !month.isAfter(current)) {
                billed.add(month);
            }
            BigDecimal amount = (BigDecimal) values.get(column);
            if (amount == null || amount.signum() == 0) {
                continue;
            }
            if (!owes && !month.isAfter(current)) {
                errors.add(row.error(column.property(), "is a payment for a month the member owed nothing for (before admission, or "
                        + "not in normal standing)"));
                continue;
            }
            paid.put(month, amount);
        }
        try {
            checkPrepayment(member.id, billed, paid, dues.amount(), today);
        } catch (ProblemException refused) {
            errors.add(new Problem.FieldError(row.field(), refused.getMessage()));
        }
        PaymentMethod method = (PaymentMethod) values.getOrDefault(DuesColumn.METHOD, PaymentMethod.CASH);
        return new PreparedRow(member, category, income, dues, billed, paid, method);
    }

    private static boolean recordedAlready(UUID memberId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return DuesAssessment.count("memberId = ?1 and year = ?2", memberId, year) > 0
                || DuesBill.count("memberId = ?1 and month >= ?2 and month <= ?3", memberId, first, last) > 0
                || DuesPayment.count("memberId = ?1 and cancelled = false and paidOn >= ?2 and paidOn <= ?3", memberId, first, last) > 0;
    }

    /** The member's whole account with the sheet's year added, settled as it will be: refused if it leaves too much paid ahead. */
    private static void checkPrepayment(UUID memberId, List<YearMonth> billed, Map<YearMonth, BigDecimal> paid,
            BigDecimal monthly, LocalDate today) {
        List<DuesLedger.Bill> bills = new ArrayList<>(DuesBill.<DuesBill>list("memberId", memberId).stream()
                .map(b -> new DuesLedger.Bill(YearMonth.from(b.month), b.amount)).toList());
        billed.forEach(month -> bills.add(new DuesLedger.Bill(month, monthly)));
        List<DuesLedger.Payment> all = new ArrayList<>(DuesPayment.<DuesPayment>list("memberId = ?1 and cancelled = false", memberId)
                .stream().map(p -> new DuesLedger.Payment(p.id, p.paidOn, p.amount)).toList());
        paid.forEach((month, amount) -> all.add(new DuesLedger.Payment(null, paidOn(month, today), amount)));
        DuesLedger.Account account = DuesLedger.settle(bills, all);
        DuesRules.checkPrepayment(account.credit(), monthly, account.firstUnbilled(YearMonth.from(today)), today);
    }

    private static LocalDate paidOn(YearMonth month, LocalDate today) {
        LocalDate end = month.atEndOfMonth();
        return end.isAfter(today) ? today : end;
    }
}
