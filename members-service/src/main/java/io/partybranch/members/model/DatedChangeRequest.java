package io.partybranch.members.model;

import io.partybranch.members.domain.MemberFlag;
import io.partybranch.members.domain.MembershipState;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small dated requests of the member lifecycle. */
public final class DatedChangeRequest {

    private DatedChangeRequest() {
    }

    @Schema(name = "ProbationCancellationRequest", description = "取消预备党员资格: the member leaves the party")
    public record ProbationCancellation(@NotNull @PastOrPresent LocalDate effectiveDate, @Size(max = 500) String reason) {
    }

    @Schema(name = "StateChangeRequest")
    public record StateChange(@NotNull @Schema(example = "RETAINED") MembershipState state,
            @NotNull @PastOrPresent LocalDate effectiveDate, @Size(max = 500) String reason) {
    }

    @Schema(name = "FlagChangeRequest")
    public record FlagChange(@NotNull @Schema(example = "FLOWING") MemberFlag flag, @NotNull Boolean active,
            @NotNull @PastOrPresent LocalDate effectiveDate, @Size(max = 500) String note) {
    }

    @Schema(name = "PartyGroupAssignmentRequest", description = "partyGroupId null takes the member out of any group")
    public record GroupAssignment(UUID partyGroupId, @NotNull @PastOrPresent LocalDate effectiveDate) {
    }
}
