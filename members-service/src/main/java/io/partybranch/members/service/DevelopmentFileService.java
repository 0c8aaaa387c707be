package io.partybranch.members.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.DevelopmentFileRules;
import io.partybranch.members.domain.DevelopmentStepKind;
import io.partybranch.members.domain.MembersRule;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.repository.DevelopmentDocument;
import io.partybranch.members.repository.DevelopmentStep;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.MemberSponsor;
import io.partybranch.members.repository.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The steps of a member's development file recorded by hand, from the talk after the application to
 * the conversion's approval, each checked against its stage and the steps it follows. An approval that finds its passed vote on
 * file completes the admission or conversion at once; otherwise the vote completes it when it arrives.
 */
@ApplicationScoped
@Transactional
public class DevelopmentFileService {

    @Inject
    MemberService members;

    @Inject
    CallerScope caller;

    @Inject
    DevelopmentTransitions transitions;

    @Inject
    DevelopmentStepEvents stepEvents;

    /** A step as the caller states it. */
    public record StepCommand(DevelopmentStepKind kind, LocalDate doneOn, LocalDate endsOn, String outcome, String doneBy,
            String evidence, Integer classHours, List<UUID> mentorIds, List<UUID> introducerIds) {
    }

    public record File(Member member, List<DevelopmentStep> steps, List<DevelopmentDocument> documents) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public File file(UUID memberId) {
        return new File(members.find(memberId), DevelopmentStep.ofMember(memberId), DevelopmentDocument.ofMember(memberId));
    }

    /** Everything the file's document shows: the member, the branch, mentors and introducers by name, the steps. */
    public record Document(Member member, String branchName, List<String> mentors, List<String> introducers, List<DevelopmentStep> steps,
            List<DevelopmentDocument> documents) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Document document(UUID memberId) {
        Member member = members.find(memberId);
        Organization branch = Organization.findById(member.organizationId);
        return new Document(member, branch == null ? "" : branch.name, sponsorNames(memberId, MemberSponsor.MENTOR),
                sponsorNames(memberId, MemberSponsor.INTRODUCER), DevelopmentStep.ofMember(memberId),
                DevelopmentDocument.ofMember(memberId));
    }

    private static List<String> sponsorNames(UUID memberId, String role) {
        List<UUID> ids = MemberSponsor.<MemberSponsor>list("memberId = ?1 and role = ?2", memberId, role).stream().map(s -> s.sponsorId)
                .toList();
        return ids.isEmpty()
                ? List.of()
                : Member.<Member>list("id in ?1", ids).stream().map(m -> m.fullName)
                        .sorted(Collator.getInstance(Locale.CHINA)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DevelopmentStep step(UUID memberId, UUID stepId) {
        members.find(memberId);
        DevelopmentStep step = DevelopmentStep.findById(stepId);
        if (step == null || !step.memberId.equals(memberId)) {
            throw ProblemException.notFound("Development step", stepId);
        }
        return step;
    }

    public DevelopmentStep record(UUID memberId, StepCommand command) {
        Member member = members.find(memberId);
        caller.requireWritable(member.organizationId);
        DevelopmentService.requireNormal(member);
        DevelopmentStepKind kind = command.kind();
        switch (kind.source()) {
            case VOTE -> throw ProblemException.invalid("kind",
                    "a vote is recorded from the general meeting that held it (activities-service), not by hand");
            case PROBATION_CHANGE -> throw ProblemException.invalid("kind", "an extension or cancellation of probation is recorded by "
                    + "POST /api/v1/members/{id}/probation-extensions or /probation-cancellations, which change the member too");
            case HAND -> {
            }
        }
        if (command.doneOn().isAfter(BusinessCalendar.today())) {
            throw ProblemException.invalid("doneOn", "must not be after today (" + BusinessCalendar.today() + ")");
        }
        if (command.outcome() == null) {
            throw ProblemException.invalid("outcome", "must be PASSED or FAILED");
        }
        DevelopmentFileRules.checkStage(kind, member.politicalStatus, stageStart(member, kind.stage()), stageEnd(member, kind.stage()),
                command.doneOn());
        checkKind(member, command);
        DevelopmentFileRules.checkPrerequisites(kind, command.doneOn(), passedBefore(member.id, kind));
        DevelopmentStep step = DevelopmentStep.of(member, kind, command.doneOn(), command.outcome(), command.doneBy(), caller.subject());
        step.endsOn = command.endsOn();
        step.evidence = command.evidence();
        step.classHours = command.classHours();
        boolean passed = DevelopmentStep.PASSED.equals(command.outcome());
        if (kind == DevelopmentStepKind.MENTORS_APPOINTED && passed) {
            List<Member> mentors = DevelopmentService.sponsors(command.mentorIds(), member, 1, 2, MembersRule.ACTIVIST_MENTORS,
                    "An activist needs 1 or 2 mentors", "mentorIds");
            MemberSponsor.delete("memberId = ?1 and role = ?2", member.id, MemberSponsor.MENTOR);
            MemberSponsor.flush();
            DevelopmentService.saveSponsors(member, mentors, MemberSponsor.MENTOR, command.doneOn());
        } else if (kind == DevelopmentStepKind.ADMISSION_APPROVAL) {
            if (passed) {
                List<Member> introducers = DevelopmentService.sponsors(command.introducerIds(), member, 2, 2,
                        MembersRule.INTRODUCERS_REQUIRED, "Admission needs exactly 2 introducers", "introducerIds");
                DevelopmentService.saveSponsors(member, introducers, MemberSponsor.INTRODUCER, command.doneOn());
            }
            completeWith(member, step, DevelopmentStepKind.ADMISSION_VOTE, passed, true);
        } else if (kind == DevelopmentStepKind.CONVERSION_APPROVAL) {
            completeWith(member, step, DevelopmentStepKind.CONVERSION_VOTE, passed, false);
        }
        step.persist();
        stepEvents.recorded(member, step);
        return step;
    }

    /** What a step of its kind must state, and the approvals' member status (they move the member). */
    private static void checkKind(Member member, StepCommand command) {
        switch (command.kind()) {
            case POLITICAL_REVIEW -> {
                if (command.evidence() == null) {
                    throw ProblemException.invalid("evidence", "is required for a 政治审查: its conclusion (政审结论)");
                }
            }
            case TRAINING -> {
                if (command.endsOn() == null) {
                    throw ProblemException.invalid("endsOn", "is required for a training: its last day");
                }
                DevelopmentFileRules.checkTraining(command.doneOn(), command.endsOn(), command.classHours());
            }
            case PUBLICITY -> {
                if (command.endsOn() == null) {
                    throw ProblemException.invalid("endsOn", "is required for a 公示: its last day");
                }
                DevelopmentFileRules.checkPublicity(command.doneOn(), command.endsOn());
            }
            case ADMISSION_APPROVAL -> requireStatus(member, PoliticalStatus.CANDIDATE, "Admission is approved for a 发展对象");
            case CONVERSION_APPROVAL ->
                requireStatus(member, PoliticalStatus.PROBATIONARY, "Conversion is approved for a probationary member");
            default -> {
            }
        }
        if (command.endsOn() != null && command.endsOn().isBefore(command.doneOn())) {
            throw ProblemException.invalid("endsOn", "must be on or after doneOn");
        }
        if (command.classHours() != null && command.kind() != DevelopmentStepKind.TRAINING) {
            throw ProblemException.invalid("classHours", "is stated for a TRAINING only");
        }
        if (command.mentorIds() != null && command.kind() != DevelopmentStepKind.MENTORS_APPOINTED) {
            throw ProblemException.invalid("mentorIds", "are named for MENTORS_APPOINTED only");
        }
    }

    /** Per kind the step requires, the day its latest passed record ended. */
    private static Map<DevelopmentStepKind, LocalDate> passedBefore(UUID memberId, DevelopmentStepKind kind) {
        Map<DevelopmentStepKind, LocalDate> passed = new EnumMap<>(DevelopmentStepKind.class);
        for (DevelopmentStepKind required : kind.requires()) {
            LocalDate on = passedOn(memberId, required);
            if (on != null) {
                passed.put(required, on);
            }
        }
        return passed;
    }

    /** The day the member entered a stage, as the member's dates know it. */
    static LocalDate stageStart(Member member, PoliticalStatus stage) {
        return switch (stage) {
            case APPLICANT -> member.appliedOn;
            case ACTIVIST -> member.activistSince;
            case CANDIDATE -> member.candidateSince;
            case PROBATIONARY -> member.joinedOn;
            case FULL -> member.fullSince;
        };
    }

    /** The day the member left a stage (entered the next), or null while in it. */
    static LocalDate stageEnd(Member member, PoliticalStatus stage) {
        if (stage == PoliticalStatus.FULL || member.politicalStatus == stage) {
            return null;
        }
        return stageStart(member, PoliticalStatus.values()[stage.ordinal() + 1]);
    }

    /** With a passed vote on file, the approval must fall within its three months, and a passed one completes the step. */
    private void completeWith(Member member, DevelopmentStep approval, DevelopmentStepKind voteKind, boolean passed, boolean admission) {
        DevelopmentStep vote = DevelopmentStep.latest(member.id, voteKind);
        if (vote == null || !DevelopmentStep.PASSED.equals(vote.outcome)) {
            return;
        }
        DevelopmentFileRules.checkApproval(vote.doneOn, approval.doneOn);
        if (passed) {
            if (admission) {
                transitions.admit(member, vote, approval);
            } else {
                transitions.convert(member, vote, approval);
            }
        }
    }

    /** The date of the latest passed step of the kind (for a 公示, its last day), or null. */
    static LocalDate passedOn(UUID memberId, DevelopmentStepKind kind) {
        DevelopmentStep step = DevelopmentStep.latest(memberId, kind);
        if (step == null || !DevelopmentStep.PASSED.equals(step.outcome)) {
            return null;
        }
        return step.endsOn != null ? step.endsOn : step.doneOn;
    }

    private static void requireStatus(Member member, PoliticalStatus status, String why) {
        if (member.politicalStatus != status) {
            throw ProblemException.refused(MembersRule.DEVELOPMENT_STEP_ORDER, why + "; this member is " + member.politicalStatus);
        }
    }
}
