package io.partybranch.reporting.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DevelopmentSteps", description = "Persons in development under an organisation (not yet full members, in good standing, "
        + "suspended or retained) by the current step of their development file, and the next time limits overdue on asOf")
public record DevelopmentSteps(UUID organizationId, String organizationName, LocalDate asOf,
        @Schema(description = "Persons whose development file members-service has published a step of") long persons,
        @Schema(description = "By current step (the latest on the file by its day), in the file's order") List<StepCount> byCurrentStep,
        @Schema(description = "Persons whose next time limit fell before asOf without the step") long overdue,
        @Schema(description = "The same, by the step overdue") List<StepCount> overdueByStep,
        @Schema(description = "Time of the latest event applied anywhere in the subtree") OffsetDateTime asOfEvents) {

    @Schema(name = "DevelopmentStepCount")
    public record StepCount(@Schema(example = "ACTIVIST_REVIEW") String step, @Schema(example = "党支部培养考察") String stepLabel, long persons) {
    }
}
