package io.partybranch.reporting.rest.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pipeline", description = "Who is at which stage since when, what falls due within 30 days or is overdue, and committee terms ending within 6 months")
public record Pipeline(UUID branchId, LocalDate asOf, List<Stage> stages, List<Alert> alerts, List<TermAlert> terms,
        @Schema(description = "Time of the latest member or committee event applied for this branch") OffsetDateTime asOfEvents) {

    @Schema(name = "PipelineStage")
    public record Stage(UUID memberId, String fullName, @Schema(example = "ACTIVIST") String status, LocalDate since) {
    }

    @Schema(name = "PipelineAlert")
    public record Alert(UUID memberId, String fullName,
            @Schema(enumeration = {"ACTIVIST_PAST_A_YEAR", "ACTIVIST_DUE", "PROBATION_ENDING", "CONVERSION_LATE"}) String kind,
            @Schema(example = "预备期已满尚未转正") String kindLabel,
            @Schema(description = "The date the step fell or falls due") LocalDate due) {
    }

    @Schema(name = "TermAlert")
    public record TermAlert(UUID committeeId, LocalDate electedOn, LocalDate termEndsOn,
            @Schema(enumeration = {"TERM_ENDING", "TERM_OVERDUE"}) String kind, @Schema(example = "换届已逾期") String kindLabel) {
    }
}
