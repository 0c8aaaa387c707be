package io.partybranch.members.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Membership state besides political status, with the changes the rules allow. */
public enum MembershipState {
    NORMAL("正常"), SUSPENDED("停止党籍"), RETAINED("保留党籍"), LEFT("出党"), EXPELLED("开除党籍"),
    /** Moved to an organisation outside this platform (回执 received): kept for history only. */
    TRANSFERRED_OUT("已转出");

    private final String label;

    MembershipState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == NORMAL || this == SUSPENDED || this == RETAINED;
    }

    /** The states {@link #isActive()} holds for, e.g. to bind in a query. */
    public static List<MembershipState> active() {
        return Arrays.stream(values()).filter(MembershipState::isActive).toList();
    }

    public Set<MembershipState> allowedNext() {
        return switch (this) {
            case NORMAL -> Set.of(SUSPENDED, RETAINED, LEFT, EXPELLED);
            case SUSPENDED -> Set.of(NORMAL, LEFT, EXPELLED);
            case RETAINED -> Set.of(NORMAL, LEFT, EXPELLED);
            case LEFT, EXPELLED, TRANSFERRED_OUT -> Set.of();
        };
    }
}
