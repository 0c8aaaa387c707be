package io.partybranch.reporting.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pipeline", description = "Who is at which stage since when, what falls due within 30 days or is overdue, and committee terms ending within 6 months")
public record Pipeline(UUID branchId, LocalDate asOf, List<Stage> stages, List<Alert> alerts, List<TermAlert> terms,
        @Schema(description = "Time of the latest member, committee or development-step event applied for this branch") OffsetDateTime asOfEvents) {

    @Schema(name = "PipelineStage", description = "A person in development; the development file's fields are null until members-service has published a step of it")
    public record Stage(UUID memberId, String fullName, @Schema(example = "ACTIVIST") String status, LocalDate since,
            @Schema(description = "The latest step on the development file by its day", example = "ACTIVIST_REVIEW") String currentStep,
            @Schema(example = "党支部培养考察") String currentStepLabel, LocalDate currentStepOn,
            @Schema(description = "The soonest time limit of the file not yet met, while the person is in the stage it was set for", example = "ACTIVIST_REVIEW") String nextStep,
            @Schema(example = "党支部培养考察") String nextStepLabel, LocalDate nextStepDueOn,
            @Schema(description = "nextStepDueOn is before asOf (by default today, Asia/Shanghai)") boolean nextStepOverdue) {
    }

    @Schema(name = "PipelineAlert")
    public record Alert(UUID memberId, String fullName,
            @Schema(enumeration = {
                    "ACTIVIST_PAST_A_YEAR", "ACTIVIST_DUE", "PROBATION_ENDING", "CONVERSION_LATE"}) String kind,
            @Schema(example = "预备期已满尚未转正") String kindLabel,
            @Schema(description = "The date the step fell or falls due") LocalDate due){
    }

    @Schema(name = "TermAlert")
    public record TermAlert(UUID committeeId, LocalDate electedOn, LocalDate termEndsOn,
            @Schema(enumeration = {
                    "TERM_ENDING", "TERM_OVERDUE"}) String kind,
            @Schema(example = "换届已逾期") String kindLabel){
    }
}
