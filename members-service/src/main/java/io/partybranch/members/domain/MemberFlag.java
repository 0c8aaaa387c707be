package io.partybranch.members.domain;

public enum MemberFlag {
    FLOWING("流动党员"), LOST_CONTACT("失联党员"), RETIRED("离退休");

    private final String label;

    MemberFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
