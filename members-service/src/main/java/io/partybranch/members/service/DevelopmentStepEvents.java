package io.partybranch.members.service;

import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.DevelopmentDeadlines;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.mapping.DevelopmentFileMapper;
import io.partybranch.members.repository.DevelopmentStep;
import io.partybranch.members.repository.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The one place a step of the development file becomes {@code development-step.recorded.v1}, through
 * the outbox in the step's own transaction, wherever the step came from (by hand, a general meeting's
 * vote, a probation's extension or cancellation, a status change that files one). The next time limit is
 * the file's own ({@link DevelopmentDeadlines}), as the file's API shows it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DevelopmentStepEvents {

    @Inject
    EventPublisher events;

    /** Call once the step is persisted and the member holds its state after the step. */
    public void recorded(Member member, DevelopmentStep step) {
        // Two steps of one member recorded at once would otherwise count the same file and carry the same version:
        // the member's row is held until commit, so each counts the steps committed before it.
        Member.getEntityManager().lock(member, LockModeType.PESSIMISTIC_WRITE);
        DevelopmentStep.flush();
        List<DevelopmentStep> steps = DevelopmentStep.ofMember(member.id);
        DevelopmentStep current = steps.get(steps.size() - 1);
        DevelopmentDeadlines.Deadline next = DevelopmentDeadlines
                .next(DevelopmentFileMapper.deadlines(member, steps, BusinessCalendar.today()));
        events.publish(MembersEvents.DEVELOPMENT_STEP_RECORDED, member.id, member.organizationId, new MembersEvents.DevelopmentStepRecorded(
                step.id, member.id, member.organizationId, step.kind, step.outcome, step.doneOn, member.politicalStatus, current.kind,
                current.doneOn, next == null ? null : next.kind(), next == null ? null : next.dueOn(), steps.size()));
    }
}
