package io.partybranch.members.rest;

import io.partybranch.common.http.ETags;
import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.Problem;
import io.partybranch.members.model.CommitteeModels.CommitteeResponse;
import io.partybranch.members.model.CommitteeModels.ElectionRequest;
import io.partybranch.members.model.CommitteeModels.PostChangesRequest;
import io.partybranch.members.service.CommitteeService;
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
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "支部委员会 elections (换届) and post changes within a term")
@APIResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Rules: committee-one-secretary, committee-size, committee-member-not-full-member, committee-needs-branch, committee-not-current, post-not-held, dates-out-of-order", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CommitteeResource {

    @Inject
    CommitteeService committees;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Record an election", description = "Ends the branch's current term, if any, on the election date")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CommitteeResponse.class)))
    public Response elect(@Valid @NotNull ElectionRequest request, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/committees", request, () -> {
            CommitteeResponse created = committees.elect(request);
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(CommitteeResource.class).path(created.id().toString()).build(), created);
        });
    }

    @GET
    @Operation(summary = "Every committee term of a branch, newest first")
    public List<CommitteeResponse> ofBranch(@QueryParam("branchId") @NotNull UUID branchId) {
        return committees.ofBranch(branchId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a committee term with all its post holdings")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommitteeResponse.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return ETags.ok(committees.get(id));
    }

    @POST
    @Path("/{id}/post-changes")
    @Operation(summary = "Change posts within the current term, dated", description = "Releases apply before assignments; the result must still satisfy the committee rules")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommitteeResponse.class)))
    public Response changePosts(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PostChangesRequest request) {
        return ETags.ok(committees.changePosts(id, ifMatch, request));
    }
}
