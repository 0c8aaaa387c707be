package io.partybranch.members.service;

import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.repository.DevelopmentStep;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.MemberHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * What a passed vote and its approval do together, whichever of the two is recorded last: admission
 * dates from the general meeting (入党时间 is the day the branch meeting passed it), conversion from the
 * end of probation (转正时间自预备期满之日算起). The member's event is published in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DevelopmentTransitions {

    @Inject
    MemberService members;

    void admit(Member member, DevelopmentStep vote, DevelopmentStep approval) {
        LocalDate joined = vote.doneOn;
        member.joinedOn = joined;
        member.probationEndsOn = DevelopmentRules.probationEnd(joined);
        move(member, PoliticalStatus.PROBATIONARY, joined, vote, approval);
    }

    void convert(Member member, DevelopmentStep vote, DevelopmentStep approval) {
        LocalDate full = member.probationEndsOn;
        member.fullSince = full;
        move(member, PoliticalStatus.FULL, full, vote, approval);
    }

    private void move(Member member, PoliticalStatus to, LocalDate effective, DevelopmentStep vote, DevelopmentStep approval) {
        PoliticalStatus from = member.politicalStatus;
        member.politicalStatus = to;
        member.statusSince = effective;
        member.updatedAt = BusinessCalendar.now();
        member.persistAndFlush();
        MemberHistory.record(member.id, "STATUS", from, to, effective, "支部党员大会 " + vote.doneOn + " 表决通过（" + vote.yes + " 票赞成）, "
                + "上级党委 " + approval.doneOn + " 审批");
        members.publish(MembersEvents.MEMBER_STATUS_CHANGED, member, effective);
        vote.applied = true;
        approval.applied = true;
        vote.note = null;
    }
}
