package io.partybranch.activities.model;

import io.partybranch.activities.service.ActivityBatchService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ActivityBatchModels {

    private ActivityBatchModels() {
    }

    @Schema(name = "HeldActivity", description = "An activity as POST /api/v1/activities plans it, and its record as POST …/{id}/record takes it")
    public record HeldActivity(@Valid @NotNull ActivityRequest activity, @Valid @NotNull ActivityRecordModels.RecordRequest record) {
    }

    @Schema(name = "HeldActivityBatchRequest", description = "Up to 200 activities that were held")
    public record HeldActivityBatchRequest(
            @NotNull @Size(min = 1, max = ActivityBatchService.MAX_ACTIVITIES, message = "must hold 1 to "
                    + ActivityBatchService.MAX_ACTIVITIES + " activities") List<@Valid @NotNull HeldActivity> activities) {
    }

    @Schema(name = "HeldActivityBatchResponse", description = "The activities recorded, in the order of the request")
    public record HeldActivityBatchResponse(@Schema(example = "120") int recorded, List<UUID> activityIds) {
    }
}
