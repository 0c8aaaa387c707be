package io.partybranch.members.domain;

/** Where one month's dues of one member stand. */
public enum DuesMonthStatus {
    /** Nothing was due (免交 approved). */
    EXEMPT("免交"), PAID("已交"), PARTLY_PAID("部分交纳"), UNPAID("未交");

    private final String label;

    DuesMonthStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
