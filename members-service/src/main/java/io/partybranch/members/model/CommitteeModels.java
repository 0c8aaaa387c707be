package io.partybranch.members.model;

import io.partybranch.common.http.Versioned;
import io.partybranch.members.domain.CommitteePost;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API models of committees and their terms (换届). */
public final class CommitteeModels {

    private CommitteeModels() {
    }

    @Schema(name = "ElectionRequest", description = "A branch committee election: exactly one SECRETARY; 3-7 members when the branch has 7+ full members, otherwise a secretary alone")
    public record ElectionRequest(
            @NotNull UUID branchId,
            @NotNull @PastOrPresent @Schema(example = "2024-09-20") LocalDate electedOn,
            @Min(1) @Max(5) @Schema(description = "Years; 3 when omitted", example = "3") Integer termYears,
            @NotEmpty @Size(max = 7) @Valid List<Seat> members) {
    }

    @Schema(name = "CommitteeSeat")
    public record Seat(
            @NotNull UUID memberId,
            @NotEmpty @Size(max = 3) @Schema(example = "[\"ORGANIZATION\", \"DISCIPLINE\"]") List<@NotNull CommitteePost> posts) {
    }

    @Schema(name = "PostChangesRequest", description = "Changes within a term, applied together (e.g. a secretary handing over)")
    public record PostChangesRequest(
            @NotNull @PastOrPresent LocalDate effectiveDate,
            @NotEmpty @Size(max = 14) @Valid List<PostChange> changes) {
    }

    @Schema(name = "PostChange")
    public record PostChange(@NotNull UUID memberId, @NotNull CommitteePost post,
            @NotNull @Schema(enumeration = {
                    "ASSIGN", "RELEASE"}) Action action){
    }

    public enum Action {
        ASSIGN, RELEASE
    }

    @Schema(name = "Committee")
    public record CommitteeResponse(
            UUID id,
            UUID branchId,
            LocalDate electedOn,
            int termYears,
            @Schema(description = "When the term ends (换届 due)") LocalDate termEndsOn,
            @Schema(description = "When a later election replaced it; null while current") LocalDate endedOn,
            boolean current,
            @Schema(description = "Every post holding of the term, past ones with their toDate") List<Holding> posts,
            long version) implements Versioned {
    }

    @Schema(name = "CommitteePostHolding")
    public record Holding(UUID memberId, @Schema(example = "韩书博") String fullName, CommitteePost post,
            @Schema(example = "组织委员") String postLabel, LocalDate fromDate, LocalDate toDate) {
    }
}
