package io.partybranch.members.domain;

public enum HonourLevel {
    SCHOOL("校级"), TOWN("镇级"), DISTRICT("区级"), CITY("市级"), PROVINCE("省级"), NATIONAL("国家级");

    private final String label;

    HonourLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
