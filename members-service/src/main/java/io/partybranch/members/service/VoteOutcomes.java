package io.partybranch.members.service;

import io.partybranch.common.inbox.PoisonEventException;
import io.partybranch.members.domain.DevelopmentFileRules;
import io.partybranch.members.domain.DevelopmentStepKind;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.events.VoteEventsConsumer.VoteHeld;
import io.partybranch.members.repository.DevelopmentStep;
import io.partybranch.members.repository.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A general meeting's vote on the candidate's file, once per vote however often it arrives. A failed
 * vote is recorded and changes nothing; a passed one completes the admission or conversion when the
 * regulation's earlier steps and the higher committee's approval are on file, and otherwise says on
 * the file why it did not (the approval, recorded later, completes it then).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VoteOutcomes {

    private static final Logger LOG = Logger.getLogger(VoteOutcomes.class);
    static final String RECORDED_BY = "activities-service";

    @Inject
    DevelopmentTransitions transitions;

    @Inject
    DevelopmentStepEvents stepEvents;

    public void record(VoteHeld vote, UUID eventId) {
        if (DevelopmentStep.count("voteId", vote.id()) > 0) {
            return;
        }
        Member member = Member.findById(vote.candidateMemberId());
        if (member == null) {
            throw new PoisonEventException(PoisonEventException.RULE_VIOLATION, "vote " + vote.id() + " names no member of this platform",
                    eventId);
        }
        boolean admission = "ADMIT_CANDIDATE".equals(vote.subject());
        DevelopmentStep step = DevelopmentStep.of(member,
                admission ? DevelopmentStepKind.ADMISSION_VOTE : DevelopmentStepKind.CONVERSION_VOTE,
                vote.heldOn(), vote.passed() ? DevelopmentStep.PASSED : DevelopmentStep.FAILED, "支部党员大会", RECORDED_BY);
        step.organizationId = vote.branchId() != null ? vote.branchId() : member.organizationId;
        step.voteId = vote.id();
        step.activityId = vote.activityId();
        step.yes = vote.yes();
        step.no = vote.no();
        step.abstentions = vote.abstain();
        step.votingExpected = vote.votingExpected();
        if (vote.passed()) {
            step.note = admission ? admit(member, step) : convert(member, step);
        }
        step.persist();
        stepEvents.recorded(member, step);
        LOG.infof("vote %s on member %s recorded: %s%s", vote.id(), member.id, step.outcome, step.applied ? ", applied" : "");
    }

    /** @return why the passed vote did not admit the candidate, or null when it did or waits only for the approval */
    private String admit(Member member, DevelopmentStep vote) {
        if (member.politicalStatus != PoliticalStatus.CANDIDATE || member.membershipState != MembershipState.NORMAL) {
            return "not applied: the member is " + member.politicalStatus + ", " + member.membershipState
                    + ", not a candidate in normal standing";
        }
        String problem = DevelopmentFileRules.admissionVoteProblem(
                DevelopmentFileService.passedOn(member.id, DevelopmentStepKind.PRE_REVIEW),
                DevelopmentFileService.passedOn(member.id, DevelopmentStepKind.PUBLICITY), vote.doneOn);
        if (problem != null) {
            return "not applied: " + problem;
        }
        return withApproval(member, vote, DevelopmentStepKind.ADMISSION_APPROVAL, true);
    }

    private String convert(Member member, DevelopmentStep vote) {
        if (member.politicalStatus != PoliticalStatus.PROBATIONARY || member.membershipState != MembershipState.NORMAL) {
            return "not applied: the member is " + member.politicalStatus + ", " + member.membershipState
                    + ", not a probationary member in normal standing";
        }
        if (vote.doneOn.isBefore(member.probationEndsOn)) {
            return "not applied: probation ends on " + member.probationEndsOn + ", after the meeting";
        }
        return withApproval(member, vote, DevelopmentStepKind.CONVERSION_APPROVAL, false);
    }

    private String withApproval(Member member, DevelopmentStep vote, DevelopmentStepKind approvalKind, boolean admission) {
        DevelopmentStep approval = DevelopmentStep.latest(member.id, approvalKind);
        if (approval == null) {
            return "awaiting the higher committee's approval";
        }
        if (!DevelopmentStep.PASSED.equals(approval.outcome)) {
            return "not applied: the higher committee did not approve (" + approval.doneOn + ")";
        }
        String problem = DevelopmentFileRules.approvalProblem(vote.doneOn, approval.doneOn);
        if (problem != null) {
            return "not applied: " + problem;
        }
        if (admission) {
            transitions.admit(member, vote, approval);
        } else {
            transitions.convert(member, vote, approval);
        }
        return null;
    }
}
