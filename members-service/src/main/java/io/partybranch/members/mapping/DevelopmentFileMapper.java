package io.partybranch.members.mapping;

import io.partybranch.members.domain.DevelopmentDeadlines;
import io.partybranch.members.model.DevelopmentFileModels;
import io.partybranch.members.repository.DevelopmentDocument;
import io.partybranch.members.repository.DevelopmentStep;
import io.partybranch.members.repository.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Development steps, their documents and deadlines as the API gives them, with the labels a person reads. */
public final class DevelopmentFileMapper {

    private DevelopmentFileMapper() {
    }

    public static DevelopmentFileModels.FileResponse toResponse(Member member, List<DevelopmentStep> steps,
            List<DevelopmentDocument> documents,
            LocalDate today) {
        Map<UUID, List<DevelopmentDocument>> byStep = documents.stream().collect(Collectors.groupingBy(d -> d.stepId));
        return new DevelopmentFileModels.FileResponse(member.id, member.fullName, member.politicalStatus.name(), member.appliedOn,
                member.activistSince, member.candidateSince, member.joinedOn, member.probationEndsOn, member.fullSince,
                steps.stream().map(s -> toResponse(s, byStep.getOrDefault(s.id, List.of()))).toList(),
                deadlines(member, steps, today).stream().map(DevelopmentFileMapper::toResponse).toList());
    }

    public static DevelopmentFileModels.StepResponse toResponse(DevelopmentStep s, List<DevelopmentDocument> documents) {
        return new DevelopmentFileModels.StepResponse(s.id, s.memberId, s.kind, s.kind.label(), s.doneOn, s.endsOn, s.outcome,
                outcomeLabel(s), s.doneBy, s.evidence, s.classHours, s.voteId, s.activityId, s.yes, s.no,
                s.abstentions, s.votingExpected, s.applied, s.note, s.recordedBy, s.recordedAt,
                documents.stream().map(DevelopmentFileMapper::toResponse).toList());
    }

    public static DevelopmentFileModels.DocumentResponse toResponse(DevelopmentDocument d) {
        return new DevelopmentFileModels.DocumentResponse(d.id, d.stepId, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.uploadedBy,
                d.uploadedAt);
    }

    public static DevelopmentFileModels.DeadlineResponse toResponse(DevelopmentDeadlines.Deadline d) {
        return new DevelopmentFileModels.DeadlineResponse(d.kind(), d.kind().label(), d.dueOn(), d.doneOn(), d.state().name());
    }

    /** The member's time limits as the file tracks them. */
    public static List<DevelopmentDeadlines.Deadline> deadlines(Member member, List<DevelopmentStep> steps, LocalDate today) {
        return DevelopmentDeadlines.of(new DevelopmentDeadlines.Dates(member.politicalStatus, member.appliedOn, member.activistSince,
                member.joinedOn, member.probationEndsOn),
                steps.stream().map(s -> new DevelopmentDeadlines.StepOnFile(s.kind, s.doneOn,
                        DevelopmentStep.PASSED.equals(s.outcome))).toList(),
                today);
    }

    public static String outcomeLabel(DevelopmentStep s) {
        return DevelopmentStep.PASSED.equals(s.outcome) ? "通过" : "未通过";
    }
}
