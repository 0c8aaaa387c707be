package io.partybranch.members.mapping;

import io.partybranch.common.workbook.BoundedWorkbookReader;
import io.partybranch.members.domain.DuesCategory;
import io.partybranch.members.domain.PaymentMethod;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a branch's 党费收缴 sheet for one year: who, the base, and what was paid in each
 * month. Errors name the property ({@code rows[4].paid[3]}), like every other error of the API.
 */
public enum DuesColumn {
    FULL_NAME("姓名", "fullName", true), CITIZEN_ID("身份证号", "citizenId", false), CATEGORY("党费类别", "category", true), MONTHLY_INCOME("税后月收入",
            "monthlyIncome", false), MONTHLY_DUES("月应交党费", "monthlyDues", false), METHOD("交纳方式", "method",
                    false), PAID_01("1月", "paid[1]", false), PAID_02("2月", "paid[2]", false), PAID_03("3月", "paid[3]", false), PAID_04("4月",
                            "paid[4]", false), PAID_05("5月", "paid[5]", false), PAID_06("6月", "paid[6]", false), PAID_07("7月", "paid[7]",
                                    false), PAID_08("8月", "paid[8]", false), PAID_09("9月", "paid[9]", false), PAID_10("10月", "paid[10]",
                                            false), PAID_11("11月", "paid[11]", false), PAID_12("12月", "paid[12]", false);

    public static final String SHEET_NAME = "党费收缴";
    /** A branch is generally at most 50 members, a joint or school-wide one a few hundred. */
    public static final int MAX_DATA_ROWS = 500;
    public static final BoundedWorkbookReader.Layout<DuesColumn> LAYOUT = new BoundedWorkbookReader.Layout<>(DuesColumn.class,
            SHEET_NAME, "dues sheet", MAX_DATA_ROWS, DuesColumn::byHeader, DuesColumn::header, DuesColumn::required);
    public static final List<DuesColumn> MONTHS = List.of(PAID_01, PAID_02, PAID_03, PAID_04, PAID_05, PAID_06, PAID_07, PAID_08,
            PAID_09, PAID_10, PAID_11, PAID_12);

    // Hand-typed amounts: 98.15, 98.15元, ￥98.15, ¥ 98.15, 1,234.50
    private static final Pattern AMOUNT = Pattern.compile("[￥¥]?\\s*(\\d{1,6}(?:,\\d{3})*(?:\\.\\d{1,2})?)\\s*元?");

    private final String header;
    private final String property;
    private final boolean required;

    DuesColumn(String header, String property, boolean required) {
        this.header = header;
        this.property = property;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public String property() {
        return property;
    }

    public boolean required() {
        return required;
    }

    /** 1 to 12 for a month's column, 0 for the others. */
    public int month() {
        return MONTHS.indexOf(this) + 1;
    }

    public static DuesColumn byHeader(String text) {
        String bare = BoundedWorkbookReader.bareHeader(text);
        return Arrays.stream(values()).filter(c -> c.header.equals(bare)).findFirst().orElse(null);
    }

    /**
     * The typed value of a non-blank cell: text, a {@link DuesCategory}, a {@link PaymentMethod} or an amount.
     *
     * @throws IllegalArgumentException with the message for the row's field error (never echoing the cell)
     */
    public Object parse(String text) {
        return switch (this) {
            case FULL_NAME, CITIZEN_ID -> text;
            case CATEGORY -> {
                DuesCategory category = DuesCategory.byLabel(text);
                if (category == null) {
                    throw new IllegalArgumentException("must be one of " + String.join("、", labels()));
                }
                yield category;
            }
            case METHOD -> {
                PaymentMethod method = PaymentMethod.byLabel(text);
                if (method == null) {
                    throw new IllegalArgumentException("must be one of " + String.join("、", labels()));
                }
                yield method;
            }
            default -> amount(text);
        };
    }

    /** The labels a choice column offers, in domain order; empty for other columns. */
    public List<String> labels() {
        return switch (this) {
            case CATEGORY -> Arrays.stream(DuesCategory.values()).map(DuesCategory::label).toList();
            case METHOD -> Arrays.stream(PaymentMethod.values()).map(PaymentMethod::label).toList();
            default -> List.of();
        };
    }

    private static BigDecimal amount(String text) {
        Matcher amount = AMOUNT.matcher(text);
        if (!amount.matches()) {
            throw new IllegalArgumentException("must be an amount in yuan with at most two decimals, e.g. 98.15");
        }
        return new BigDecimal(amount.group(1).replace(",", "")).setScale(2);
    }
}
