package io.partybranch.activities.domain;

public enum AttendanceStatus {
    PRESENT("出席"), EXCUSED("请假"), ABSENT("缺席");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
