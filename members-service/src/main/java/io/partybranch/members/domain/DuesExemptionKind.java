package io.partybranch.members.domain;

/** 免交 or 少交: what the higher committee approved for a member in real hardship. */
public enum DuesExemptionKind {
    EXEMPT("免交"), REDUCED("少交");

    private final String label;

    DuesExemptionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
