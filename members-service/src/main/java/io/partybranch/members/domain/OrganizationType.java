package io.partybranch.members.domain;

import java.util.Set;

/** Kinds of Party organisation (docs/domain.md), with the parents each may hang under. */
public enum OrganizationType {
    ORG_PARTY_COMMITTEE("上级党组织"), GENERAL_BRANCH("党总支"), BRANCH("党支部"), JOINT_BRANCH("联合党支部"), PARTY_GROUP("党小组");

    private final String label;

    OrganizationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Branches (ordinary or joint) are the units members belong to and everything is counted by. */
    public boolean isBranch() {
        return this == BRANCH || this == JOINT_BRANCH;
    }

    public Set<OrganizationType> allowedParents() {
        return switch (this) {
            case ORG_PARTY_COMMITTEE -> Set.of(ORG_PARTY_COMMITTEE);
            case GENERAL_BRANCH -> Set.of(ORG_PARTY_COMMITTEE);
            case BRANCH, JOINT_BRANCH -> Set.of(ORG_PARTY_COMMITTEE, GENERAL_BRANCH);
            case PARTY_GROUP -> Set.of(BRANCH, JOINT_BRANCH);
        };
    }

    public boolean mayBeRoot() {
        return this == ORG_PARTY_COMMITTEE;
    }
}
