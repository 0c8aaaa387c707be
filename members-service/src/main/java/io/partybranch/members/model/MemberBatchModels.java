package io.partybranch.members.model;

import io.partybranch.members.service.MemberBatchService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MemberBatchModels {

    private MemberBatchModels() {
    }

    @Schema(name = "MemberBatchRequest", description = "Up to 500 registrations, each as POST /api/v1/members takes it")
    public record MemberBatchRequest(
            @NotNull @Size(min = 1, max = MemberBatchService.MAX_MEMBERS, message = "must hold 1 to " + MemberBatchService.MAX_MEMBERS
                    + " members") List<@Valid @NotNull MemberRequest> members) {
    }

    @Schema(name = "MemberBatchResponse", description = "The members registered, in the order of the request")
    public record MemberBatchResponse(@Schema(example = "400") int registered, List<UUID> memberIds) {
    }
}
