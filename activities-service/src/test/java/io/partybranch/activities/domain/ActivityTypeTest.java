package io.partybranch.activities.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityTypeTest {

    @Test
    void onlyAGroupMeetingIsHeldByAPartyGroup() {
        assertEquals(List.of(ActivityType.GROUP_MEETING),
                Arrays.stream(ActivityType.values()).filter(ActivityType::heldByPartyGroup).toList());
    }

    @Test
    void talksPairingsAndDecisionsRequireTheirOwnDetail() {
        assertEquals("talk", ActivityType.HEART_TO_HEART_TALK.requiredDetail());
        assertEquals("pairing", ActivityType.PAIRING.requiredDetail());
        assertEquals("decision", ActivityType.MAJOR_DECISION.requiredDetail());
        assertEquals(List.of(ActivityType.HEART_TO_HEART_TALK, ActivityType.PAIRING, ActivityType.MAJOR_DECISION),
                Arrays.stream(ActivityType.values()).filter(type -> type.requiredDetail() != null).toList());
    }

    @Test
    void everyCodeHasTheNameASecretaryWrites() {
        assertEquals("支部委员会", ActivityType.COMMITTEE_MEETING.label());
        assertEquals("三重一大决策", ActivityType.MAJOR_DECISION.label());
        assertEquals("请假", AttendanceStatus.EXCUSED.label());
        assertEquals("已取消", ActivityStatus.CANCELLED.label());
        assertEquals("基本合格", Grade.BASICALLY_QUALIFIED.label());
    }
}
