package io.partybranch.members.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.partybranch.common.http.Versioned;
import io.partybranch.members.domain.DuesCategory;
import io.partybranch.members.domain.DuesExemptionKind;
import io.partybranch.members.domain.DuesMonthStatus;
import io.partybranch.members.domain.PaymentMethod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API models of party dues (党费). Amounts are yuan with two decimals. */
public final class DuesModels {

    public static final String MONTH = "^(19|20)\\d{2}-(0[1-9]|1[0-2])$";
    static final String MONTH_MESSAGE = "must be a month as yyyy-MM";

    private DuesModels() {
    }

    @Schema(name = "DuesAssessmentRequest", description = "党费基数核定: the category and after-tax monthly income a member's dues "
            + "are computed from, for a year from a month on (an adjustment is a new assessment from the month the income changed)")
    public record AssessmentRequest(
            @NotNull @Min(2008) @Max(2100) @Schema(example = "2026") Integer year,
            @Min(1) @Max(12) @Schema(description = "First month it applies to; 1 when absent", example = "1") Integer fromMonth,
            @NotNull @Schema(example = "EMPLOYED") DuesCategory category,
            @DecimalMin("0.01") @DecimalMax("200000.00") @Digits(integer = 6, fraction = 2) @Schema(description = "After-tax monthly salary (EMPLOYED) or pension (RETIRED), the regular part; absent for STUDENT "
                    + "and NO_INCOME. Stored encrypted, answered masked", example = "6543.21") BigDecimal monthlyIncome,
            @Size(max = 500) @Schema(example = "2026年度党费基数核定") String reason) {
    }

    @Schema(name = "DuesAssessment")
    public record AssessmentResponse(
            UUID id, UUID memberId, int year, int fromMonth, DuesCategory category, @Schema(example = "在职") String categoryLabel,
            @Schema(description = "One star per digit of the whole yuan: only the magnitude shows", example = "****") String monthlyIncomeMasked,
            @Schema(description = "Only for roles allowed to see personal data whole (platform.security.reveal-citizen-id-roles)") @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal monthlyIncome,
            @Schema(example = "98.15") BigDecimal monthlyAmount,
            @Schema(description = "Share of the income; absent for fixed amounts", example = "0.015") BigDecimal rate,
            @Schema(example = "月工资收入（税后）5000元以上至10000元（含10000元），交纳1.5%") String basis,
            String reason, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Schema(name = "DuesExemptionRequest", description = "免交 or 少交 for a member in real hardship, as the higher committee approved it "
            + "(经党支部研究，报上一级党委批准)")
    public record ExemptionRequest(
            @NotNull @Pattern(regexp = MONTH, message = MONTH_MESSAGE) @Schema(example = "2026-03") String fromMonth,
            @NotNull @Pattern(regexp = MONTH, message = MONTH_MESSAGE) @Schema(example = "2026-08") String toMonth,
            @NotNull DuesExemptionKind kind,
            @DecimalMin("0.01") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) @Schema(description = "What is due each month instead: required for REDUCED, absent for EXEMPT") BigDecimal reducedAmount,
            @NotBlank @Size(max = 200) @Schema(example = "区教育局党委") String approvedBy,
            @NotNull @PastOrPresent LocalDate approvedOn,
            @NotBlank @Size(max = 500) @Schema(example = "家庭遭遇重大变故，生活确有困难") String reason) {
    }

    @Schema(name = "DuesExemption")
    public record ExemptionResponse(UUID id, UUID memberId, String fromMonth, String toMonth, DuesExemptionKind kind,
            @Schema(example = "免交") String kindLabel, BigDecimal monthlyAmount, String approvedBy, LocalDate approvedOn,
            String reason, String recordedBy, OffsetDateTime recordedAt) {
    }

    @Schema(name = "DuesBillingRequest", description = "Issue the bills of a branch's paying members for a month or a run of months "
            + "(at most 12, the current month at the latest); bills already issued are left as they are")
    public record BillingRequest(
            @NotNull @Pattern(regexp = MONTH, message = MONTH_MESSAGE) @Schema(example = "2026-01") String fromMonth,
            @Pattern(regexp = MONTH, message = MONTH_MESSAGE) @Schema(description = "fromMonth when absent", example = "2026-11") String toMonth) {
    }

    @Schema(name = "DuesNotBilled", description = "A paying member without a bill for the month, and why")
    public record NotBilled(UUID memberId, String fullName, String month,
            @Schema(example = "NO_ASSESSMENT") String reason) {
    }

    @Schema(name = "DuesBillingResult")
    public record BillingResult(UUID branchId, String fromMonth, String toMonth, int billsIssued, int billsAlreadyIssued,
            @Schema(description = "Members who owe dues but have no assessment for the month's year: set one, then bill again") List<NotBilled> notBilled) {
    }

    @Schema(name = "DuesPaymentRequest")
    public record PaymentRequest(
            @NotNull @PastOrPresent LocalDate paidOn,
            @NotNull @DecimalMin("0.01") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) @Schema(example = "98.15") BigDecimal amount,
            @NotNull @Schema(example = "WECHAT") PaymentMethod method,
            @Size(max = 50) @Schema(example = "DF2026-0312") String receiptNumber,
            @Size(max = 500) String note) {
    }

    @Schema(name = "DuesPaymentCorrection", description = "The payment as it should have been recorded, and why")
    public record PaymentCorrection(
            @NotNull @PastOrPresent LocalDate paidOn,
            @NotNull @DecimalMin("0.01") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal amount,
            @NotNull PaymentMethod method,
            @Size(max = 50) String receiptNumber,
            @NotBlank @Size(max = 500) @Schema(example = "金额录入有误") String reason) {
    }

    @Schema(name = "DuesPaymentCancellation")
    public record PaymentCancellation(@NotBlank @Size(max = 500) @Schema(example = "重复登记") String reason) {
    }

    @Schema(name = "DuesPayment")
    public record PaymentResponse(UUID id, UUID memberId, UUID organizationId, LocalDate paidOn, BigDecimal amount,
            PaymentMethod method, @Schema(example = "微信") String methodLabel, String receiptNumber, String note, boolean cancelled,
            @Schema(description = "The first month this payment settled (oldest unpaid first), absent if it all went ahead", example = "2026-01") String settlesFrom,
            @Schema(example = "2026-03") String settlesThrough,
            @Schema(description = "What the member has paid beyond every bill issued, once this payment is counted") BigDecimal aheadOfBills,
            String recordedBy, OffsetDateTime recordedAt, long version) implements Versioned {
    }

    @Schema(name = "DuesMonthLine")
    public record MonthLine(@Schema(example = "2026-03") String month, BigDecimal due, BigDecimal paid, DuesMonthStatus status,
            @Schema(example = "已交") String statusLabel, LocalDate settledOn, boolean overdue) {
    }

    @Schema(name = "DuesAccount", description = "A member's dues for a year as of today")
    public record Account(UUID memberId, int year,
            @Schema(description = "What is due for the current month (or the year's last month of a past year); absent without an assessment") BigDecimal monthlyAmount,
            List<MonthLine> months, List<PaymentResponse> payments,
            @Schema(description = "Unpaid on every bill issued, all years") BigDecimal outstanding,
            @Schema(description = "Paid beyond every bill issued (预交)") BigDecimal credit,
            @Schema(description = "Months ended with dues unpaid, all years") int monthsBehind,
            @Schema(description = "连续六个月不交纳党费: six or more months behind") boolean sixMonthsBehind,
            LocalDate asOf) {
    }

    @Schema(name = "DuesHistoryEntry")
    public record HistoryEntry(UUID id, @Schema(example = "PAYMENT") String subject, UUID subjectId,
            @Schema(example = "CORRECTED") String change, String fromValue, String toValue, String reason, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    @Schema(name = "BranchDuesMonth", description = "A branch's dues of one month in figures")
    public record BranchMonth(@Schema(example = "2026-03") String month, int membersBilled, int membersExempt, int membersPaid,
            BigDecimal billed, BigDecimal paid,
            @Schema(description = "收缴率: paid over billed, 0 to 1; absent when nothing was billed", example = "0.9375") BigDecimal collectionRate,
            @Schema(description = "Members of the month with at least one month unpaid at its end") int membersBehind,
            @Schema(description = "Of those, six months or more") int membersSixMonthsBehind) {
    }

    @Schema(name = "BranchDuesMember", description = "One member's year in a branch's dues sheet")
    public record BranchMember(UUID memberId, String fullName, BigDecimal monthlyAmount, List<MonthLine> months,
            int monthsBehind, boolean sixMonthsBehind) {
    }

    @Schema(name = "BranchDuesYear", description = "党费收缴登记: a branch's year, month by month and member by member")
    public record BranchYear(UUID branchId, int year, List<BranchMonth> months, BigDecimal billed, BigDecimal paid,
            BigDecimal collectionRate, List<BranchMember> members, LocalDate asOf) {
    }

    @Schema(name = "DuesArrears", description = "A member behind with their dues as of today")
    public record Arrears(UUID memberId, String fullName, UUID organizationId, String organizationName,
            @Schema(example = "2026-04") String oldestUnpaidMonth, int monthsBehind, BigDecimal outstanding,
            @Schema(description = "连续六个月不交纳党费") boolean sixMonthsBehind) {
    }

    @Schema(name = "DuesImportResult")
    public record ImportResult(UUID branchId, int year, @Schema(description = "Rows imported, one member each") int members,
            int billsIssued, int payments, BigDecimal billed, BigDecimal paid) {
    }
}
