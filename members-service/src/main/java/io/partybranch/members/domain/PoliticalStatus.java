package io.partybranch.members.domain;

/** 政治面貌 along the development pipeline, in pipeline order. */
public enum PoliticalStatus {
    APPLICANT("入党申请人"), ACTIVIST("入党积极分子"), CANDIDATE("发展对象"), PROBATIONARY("预备党员"), FULL("正式党员");

    private final String label;

    PoliticalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
