package io.partybranch.activities.domain;

/** Every kind of activity a branch logs (docs/domain.md). */
public enum ActivityType {
    GENERAL_MEETING("支部党员大会"), COMMITTEE_MEETING("支部委员会"), GROUP_MEETING("党小组会"), PARTY_LECTURE("党课"), THEME_DAY(
            "主题党日"), ORGANIZATIONAL_LIFE_MEETING("组织生活会"), DEMOCRATIC_EVALUATION("民主评议党员"), HEART_TO_HEART_TALK("谈心谈话"), STUDY_SESSION(
                    "理论学习"), FIELD_VISIT("参观/实践"), VOLUNTEER_SERVICE("志愿服务"), PAIRING("结对帮扶"), MAJOR_DECISION("三重一大决策");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The record's type-specific part this type requires (talk, pairing, decision), or null when it has none. */
    public String requiredDetail() {
        return switch (this) {
            case HEART_TO_HEART_TALK -> "talk";
            case PAIRING -> "pairing";
            case MAJOR_DECISION -> "decision";
            default -> null;
        };
    }

    /** A group meeting is held by a party group; everything else by the branch itself. */
    public boolean heldByPartyGroup() {
        return this == GROUP_MEETING;
    }
}
