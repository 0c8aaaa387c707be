package io.partybranch.members.domain;

/**
 * Who pays which dues under 《关于中国共产党党费收缴、使用和管理的规定》 (中组发〔2008〕3号): members on a
 * salary pay a share of it, retired members a share of their pension, and students and members
 * without income (laid off, living on relief, retired members in hardship) a fixed 0.2 元 a month.
 */
public enum DuesCategory {
    EMPLOYED("在职"), RETIRED("离退休"), STUDENT("学生"), NO_INCOME("无固定收入或生活困难");

    private final String label;

    DuesCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the dues are a share of a monthly income (which must then be given), not a fixed amount. */
    public boolean incomeBased() {
        return this == EMPLOYED || this == RETIRED;
    }

    public static DuesCategory byLabel(String label) {
        for (DuesCategory category : values()) {
            if (category.label.equals(label) || category.name().equals(label)) {
                return category;
            }
        }
        return null;
    }
}
