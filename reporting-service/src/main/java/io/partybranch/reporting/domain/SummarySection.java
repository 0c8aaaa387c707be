package io.partybranch.reporting.domain;

/**
 * The sections of a branch's 工作总结, in order. Each holds the text generated from the records and the
 * secretary's own narrative; the last has no generated text, only what the branch plans next.
 */
public enum SummarySection {
    INTRODUCTION(null), BASICS("一、基本情况"), STUDY("二、理论学习"), TEAM_BUILDING("三、队伍建设"), ORGANISATIONAL_LIFE("四、组织生活"), CONDUCT(
            "五、作风建设"), HONOURS("六、荣誉表彰"), PLANS("七、下一步工作打算");

    private final String heading;

    SummarySection(String heading) {
        this.heading = heading;
    }

    /** null for the opening paragraphs, which stand under the title. */
    public String heading() {
        return heading;
    }

    /** The section a generated heading opens. */
    public static SummarySection headed(String heading) {
        for (SummarySection section : values()) {
            if (heading.equals(section.heading)) {
                return section;
            }
        }
        throw new IllegalArgumentException("no summary section is headed " + heading);
    }
}
