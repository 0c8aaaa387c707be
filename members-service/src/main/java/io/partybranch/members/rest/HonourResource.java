package io.partybranch.members.rest;

import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.Problem;
import io.partybranch.members.model.HonourModels.HonourRequest;
import io.partybranch.members.model.HonourModels.HonourResponse;
import io.partybranch.members.service.HonourService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/honours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Honours", description = "表彰 of members and organisations, 处分 of members")
public class HonourResource {

    @Inject
    HonourService honours;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Record an honour or a sanction")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = HonourResponse.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Rule: sanction-for-members-only", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@Valid @NotNull HonourRequest request, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/honours", request, () -> {
            HonourResponse created = honours.record(request);
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(HonourResource.class).path(created.id().toString()).build(), created);
        });
    }

    @GET
    @Operation(summary = "List honours and sanctions", description = "Of a member or organisation, by year and kind; paged, sortable by year, level, title")
    public PageResponse<HonourResponse> list(@Valid @BeanParam PageQuery page, @QueryParam("memberId") UUID memberId,
            @QueryParam("organizationId") UUID organizationId,
            @QueryParam("year") @Min(value = 1921, message = "must be 1921 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @QueryParam("kind") @Pattern(regexp = "HONOUR|SANCTION", message = "must be HONOUR or SANCTION") String kind) {
        return honours.list(page, memberId, organizationId, year, kind);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an honour or sanction")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HonourResponse.class)))
    public HonourResponse get(@PathParam("id") UUID id) {
        return honours.get(id);
    }
}
