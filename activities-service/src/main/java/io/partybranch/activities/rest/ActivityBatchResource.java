package io.partybranch.activities.rest;

import io.partybranch.activities.model.ActivityBatchModels.HeldActivityBatchRequest;
import io.partybranch.activities.model.ActivityBatchModels.HeldActivityBatchResponse;
import io.partybranch.activities.service.ActivityBatchService;
import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/activities/held")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class ActivityBatchResource {

    @Inject
    ActivityBatchService batches;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Record up to 200 activities that were held, all or none", description = "Each activity is planned and recorded as POST /api/v1/activities and POST /api/v1/activities/{id}/record do it "
            + "(same fields, the roster on heldOn, 应到 and rate, quorum, rules) and announced by one activity.held event. "
            + "Field problems are named activities[i].activity.field or activities[i].record.field; the first rule refusal "
            + "answers for the whole request and its detail names the activity. Nothing is written unless every one passes.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = HeldActivityBatchResponse.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@Valid @NotNull HeldActivityBatchRequest request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/activities/held", request, () -> {
            List<UUID> ids = batches.recordHeld(request.activities());
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(ActivityResource.class).path(ids.get(0).toString()).build(),
                    new HeldActivityBatchResponse(ids.size(), ids));
        });
    }
}
