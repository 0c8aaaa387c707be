package io.partybranch.members.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosureRequest", description = "撤销: the organisation stays readable with its history")
public record ClosureRequest(@NotNull @PastOrPresent LocalDate closedOn, @Size(max = 500) String reason) {
}
