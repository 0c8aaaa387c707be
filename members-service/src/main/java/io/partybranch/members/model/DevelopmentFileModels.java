package io.partybranch.members.model;

import io.partybranch.members.domain.DevelopmentStepKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The development file (发展党员档案) as the API gives and takes it. */
public final class DevelopmentFileModels {

    private DevelopmentFileModels() {
    }

    @Schema(name = "DevelopmentStepRequest", description = """
            A step recorded by hand, in the regulation's order: APPLICATION_TALK (谈话 within a month of the application), \
            MENTORS_APPOINTED (培养联系人, 1 or 2 full members in mentorIds, replacing the current ones), ACTIVIST_REPORT \
            (思想汇报), ACTIVIST_REVIEW (培养考察, every half year), RECOMMENDATION (推优), POLITICAL_REVIEW (政治审查, its \
            conclusion in evidence), TRAINING (集中培训, doneOn to endsOn, at least 3 days or 24 classHours), PRE_REVIEW \
            (预审, after the political review and the training), PUBLICITY (公示, doneOn to endsOn, at least five working days, \
            after the 预审), HIGHER_COMMITTEE_TALK (上级党委谈话, after the 公示), ADMISSION_APPROVAL (with the two introducers, \
            after the 预审, the 公示 and the talk), OATH (入党宣誓), PROBATION_REVIEW (预备期考察, every quarter) and \
            CONVERSION_APPROVAL. A step falls in its stage: on or after the day the member reached it and not after the day \
            they left it. Votes come from the general meeting (activities-service); extending or cancelling probation has its \
            own endpoints; both are refused here. outcome PASSED means passed, approved, without objection, or simply done \
            (a talk, a report, the oath).""")
    public record StepRequest(
            @NotNull DevelopmentStepKind kind,
            @NotNull @Schema(description = "The day it was done (a 公示's first day)", example = "2026-05-06") LocalDate doneOn,
            @Schema(description = "The last day of a 公示 or a training", example = "2026-05-12") LocalDate endsOn,
            @NotNull @Pattern(regexp = "PASSED|FAILED", message = "must be PASSED or FAILED") @Schema(description = "PASSED: 预审 passed, 公示 without objection, approved; FAILED otherwise") String outcome,
            @Size(max = 200) @Schema(description = "Who did it", example = "中共某区教育局委员会") String doneBy,
            @Size(max = 2000) @Schema(description = "Its evidence: the conclusion, the document's number", example = "区教党预审〔2026〕12号") String evidence,
            @Min(1) @Max(1000) @Schema(description = "TRAINING: its class hours (学时)", example = "24") Integer classHours,
            @Size(max = 2) @Schema(description = "MENTORS_APPOINTED: the one or two mentors (full members)") List<UUID> mentorIds,
            @Size(max = 2) @Schema(description = "ADMISSION_APPROVAL: the two introducers (full members)") List<UUID> introducerIds) {
    }

    @Schema(name = "DevelopmentStep")
    public record StepResponse(UUID id, UUID memberId, DevelopmentStepKind kind, @Schema(example = "基层党委预审") String kindLabel,
            LocalDate doneOn, LocalDate endsOn, @Schema(enumeration = {
                    "PASSED", "FAILED"}) String outcome,
            @Schema(example = "通过") String outcomeLabel, String doneBy, String evidence,
            @Schema(description = "A training's class hours") Integer classHours,
            @Schema(description = "Votes: the vote and the general meeting in activities-service") UUID voteId, UUID activityId,
            Integer yes, Integer no, Integer abstentions, Integer votingExpected,
            @Schema(description = "This step completed an admission or conversion") boolean applied,
            @Schema(description = "Why a passed vote has not moved the member yet") String note,
            String recordedBy, OffsetDateTime recordedAt,
            @Schema(description = "The documents attached to the step, by name and type") List<DocumentResponse> documents){
    }

    @Schema(name = "DevelopmentDocument", description = "A document attached to a step; its content is downloaded on its own")
    public record DocumentResponse(UUID id, UUID stepId, @Schema(example = "入党申请书.pdf") String fileName,
            @Schema(example = "application/pdf") String contentType, long sizeBytes, String sha256, String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    @Schema(name = "DevelopmentDeadline", description = """
            A time limit the file tracks: the talk within a month of the application (always shown, DONE_LATE when late), the \
            branch's review of an activist every half year, a probationary member's review every quarter, the conversion \
            vote when probation ends, the higher committee's approval within three months of a passed vote""")
    public record DeadlineResponse(DevelopmentStepKind kind, String kindLabel, LocalDate dueOn, LocalDate doneOn,
            @Schema(enumeration = {
                    "DONE", "DONE_LATE", "OPEN", "OVERDUE"}) String state){
    }

    @Schema(name = "DevelopmentFile", description = "A member's development file: every step, oldest first, and its time limits")
    public record FileResponse(UUID memberId, String fullName, @Schema(example = "CANDIDATE") String politicalStatus,
            LocalDate appliedOn, LocalDate activistSince, LocalDate candidateSince, LocalDate joinedOn, LocalDate probationEndsOn,
            LocalDate fullSince, List<StepResponse> steps, List<DeadlineResponse> deadlines) {
    }
}
