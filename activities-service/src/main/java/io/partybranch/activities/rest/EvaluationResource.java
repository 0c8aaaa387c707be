package io.partybranch.activities.rest;

import io.partybranch.activities.model.EvaluationModels.EvaluationRequest;
import io.partybranch.activities.model.EvaluationModels.EvaluationResponse;
import io.partybranch.activities.model.EvaluationModels.TrustBallotRequest;
import io.partybranch.activities.service.EvaluationService;
import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "民主评议党员 and 信任度测评")
@APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Rules: excellent-over-one-third, evaluated-not-in-branch, trust-ballot-not-committee; conflict evaluation-exists", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Record a completed evaluation round of a branch")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
    public Response complete(@Valid @NotNull EvaluationRequest request, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/evaluations", request, () -> {
            EvaluationResponse created = evaluations.complete(request);
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(EvaluationResource.class).path(created.id().toString()).build(), created);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An evaluation with its grade distribution, members not evaluated and trust rates")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
    public EvaluationResponse get(@PathParam("id") UUID id) {
        return evaluations.get(id);
    }

    @POST
    @Path("/{id}/trust-ballots")
    @Operation(summary = "Record trust ballots (信任度测评) on the committee members")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
    public EvaluationResponse trust(@PathParam("id") UUID id, @Valid @NotNull TrustBallotRequest request) {
        return evaluations.recordTrustBallots(id, request);
    }
}
