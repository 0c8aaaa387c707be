package io.partybranch.activities.domain;

public enum ActivityStatus {
    PLANNED("计划"), HELD("已召开"), CANCELLED("已取消");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
