package io.partybranch.members.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProbationExtensionRequest", description = "延长预备期: once only, 6 to 12 months, decided when the probation ends")
public record ProbationExtensionRequest(
        @NotNull @PastOrPresent LocalDate effectiveDate,
        @NotNull @Schema(example = "6") Integer months) {
}
