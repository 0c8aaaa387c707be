package io.partybranch.members.rest;

import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.Problem;
import io.partybranch.members.model.MemberBatchModels.MemberBatchRequest;
import io.partybranch.members.model.MemberBatchModels.MemberBatchResponse;
import io.partybranch.members.repository.Member;
import io.partybranch.members.service.MemberBatchService;
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

@Path("/api/v1/members/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberBatchResource {

    @Inject
    MemberBatchService batches;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Register up to 500 members at once, all or none", description = "Each member is checked exactly as POST /api/v1/members checks one (fields, citizen ID, pipeline dates and rules, "
            + "scope) and each gets its member.registered event. Problems name the member by its place in the request "
            + "(members[3].citizenId); the field problems of every member come in one answer. Nothing is written unless all pass.")
    @APIResponse(responseCode = "201", description = "All registered; Location lists the first one's branch", content = @Content(schema = @Schema(implementation = MemberBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field(s), named members[i].field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A rule refuses one member; the detail names it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull MemberBatchRequest request, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/members/batch", request, () -> {
            List<Member> prepared = batches.prepare(request.members());
            List<UUID> ids = batches.persist(prepared);
            return new IdempotentCreation.Created(uriInfo.getBaseUriBuilder().path(MemberResource.class)
                    .queryParam("organizationId", request.members().get(0).organizationId()).build(),
                    new MemberBatchResponse(ids.size(), ids));
        });
    }
}
