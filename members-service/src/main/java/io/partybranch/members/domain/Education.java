package io.partybranch.members.domain;

public enum Education {
    POSTGRADUATE("研究生"), BACHELOR("大学本科"), JUNIOR_COLLEGE("大学专科"), SECONDARY_VOCATIONAL("中专"), HIGH_SCHOOL("高中"), JUNIOR_HIGH_OR_BELOW(
            "初中及以下");

    private final String label;

    Education(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
