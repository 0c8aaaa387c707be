package io.partybranch.activities.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class VoteModels {

    private VoteModels() {
    }

    @Schema(name = "VoteRequest", description = "One motion or one candidate at a time; each present full member casts one ballot")
    public record VoteRequest(
            @NotNull @Pattern(regexp = "ADMIT_CANDIDATE|CONVERT_PROBATIONARY|ELECT_COMMITTEE|OTHER", message = "must be ADMIT_CANDIDATE, CONVERT_PROBATIONARY, ELECT_COMMITTEE or OTHER") @Schema(example = "ADMIT_CANDIDATE") String subject,
            @Schema(description = "The candidate or probationary member voted on") UUID candidateMemberId,
            @NotBlank @Size(max = 500) @Schema(example = "接收唐若溪同志为预备党员") String motion,
            @NotEmpty @Size(max = 500) @Valid List<Ballot> ballots) {
    }

    @Schema(name = "Ballot")
    public record Ballot(@NotNull UUID voterId,
            @NotNull @Pattern(regexp = "YES|NO|ABSTAIN", message = "must be YES, NO or ABSTAIN") String choice) {
    }

    @Schema(name = "VoteResult", description = "Passes only with more than half of the voting members who should attend (应到), not of those present")
    public record VoteResult(UUID id, UUID activityId, UUID branchId, String subject, UUID candidateMemberId, String motion,
            int yes, int no, int abstain,
            @Schema(description = "Full members expected at the meeting") int votingExpected,
            boolean passed, @Schema(example = "通过") String outcomeLabel, LocalDate heldOn) {
    }
}
