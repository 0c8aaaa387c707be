package io.partybranch.members.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules the domain enums carry: which states are active and may follow, where organisations hang, the labels. */
class MembershipRulesTest {

    @Test
    void normalSuspendedAndRetainedMembersAreActive() {
        assertEquals(EnumSet.of(MembershipState.NORMAL, MembershipState.SUSPENDED, MembershipState.RETAINED),
                EnumSet.copyOf(Arrays.stream(MembershipState.values()).filter(MembershipState::isActive).toList()));
    }

    @Test
    void leavingIsFinalAndASuspensionOrRetentionReturnsToNormal() {
        assertEquals(Set.of(MembershipState.SUSPENDED, MembershipState.RETAINED, MembershipState.LEFT, MembershipState.EXPELLED),
                MembershipState.NORMAL.allowedNext());
        assertEquals(Set.of(MembershipState.NORMAL, MembershipState.LEFT, MembershipState.EXPELLED),
                MembershipState.SUSPENDED.allowedNext());
        assertEquals(Set.of(MembershipState.NORMAL, MembershipState.LEFT, MembershipState.EXPELLED),
                MembershipState.RETAINED.allowedNext());
        assertEquals(Set.of(), MembershipState.LEFT.allowedNext());
        assertEquals(Set.of(), MembershipState.EXPELLED.allowedNext());
        assertEquals(Set.of(), MembershipState.TRANSFERRED_OUT.allowedNext());
    }

    @Test
    void organisationsHangUnderTheirKindOfParent() {
        assertEquals(Set.of(OrganizationType.ORG_PARTY_COMMITTEE), OrganizationType.ORG_PARTY_COMMITTEE.allowedParents());
        assertEquals(Set.of(OrganizationType.ORG_PARTY_COMMITTEE), OrganizationType.GENERAL_BRANCH.allowedParents());
        assertEquals(Set.of(OrganizationType.ORG_PARTY_COMMITTEE, OrganizationType.GENERAL_BRANCH),
                OrganizationType.BRANCH.allowedParents());
        assertEquals(Set.of(OrganizationType.ORG_PARTY_COMMITTEE, OrganizationType.GENERAL_BRANCH),
                OrganizationType.JOINT_BRANCH.allowedParents());
        assertEquals(Set.of(OrganizationType.BRANCH, OrganizationType.JOINT_BRANCH), OrganizationType.PARTY_GROUP.allowedParents());
        assertEquals(List.of(OrganizationType.BRANCH, OrganizationType.JOINT_BRANCH),
                Arrays.stream(OrganizationType.values()).filter(OrganizationType::isBranch).toList());
        assertEquals(List.of(OrganizationType.ORG_PARTY_COMMITTEE),
                Arrays.stream(OrganizationType.values()).filter(OrganizationType::mayBeRoot).toList());
    }

    @Test
    void everyCodeHasItsChineseLabel() {
        assertEquals("正常", MembershipState.NORMAL.label());
        assertEquals("已转出", MembershipState.TRANSFERRED_OUT.label());
        assertEquals("纪检委员", CommitteePost.DISCIPLINE.label());
        assertEquals("区级", HonourLevel.DISTRICT.label());
        assertEquals("流动党员", MemberFlag.FLOWING.label());
        assertEquals("党小组", OrganizationType.PARTY_GROUP.label());
        assertEquals("女", Gender.FEMALE.label());
        assertEquals("发展对象", PoliticalStatus.CANDIDATE.label());
        assertEquals("研究生", Education.POSTGRADUATE.label());
    }
}
