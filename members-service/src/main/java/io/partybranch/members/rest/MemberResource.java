package io.partybranch.members.rest;

import io.partybranch.common.http.ETags;
import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.Problem;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.model.DatedChangeRequest;
import io.partybranch.members.model.MemberHistoryEntry;
import io.partybranch.members.model.MemberRequest;
import io.partybranch.members.model.MemberResponse;
import io.partybranch.members.model.MemberUpdateRequest;
import io.partybranch.members.model.ProbationExtensionRequest;
import io.partybranch.members.model.StatusChangeRequest;
import io.partybranch.members.service.DevelopmentService;
import io.partybranch.members.service.MemberService;
import io.partybranch.members.service.MemberStateService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "党员 and people in the development pipeline")
@APIResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "A rule refuses it; type names the rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MemberResource {

    @Inject
    MemberService members;

    @Inject
    DevelopmentService development;

    @Inject
    MemberStateService states;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Register a member in a branch", description = "Citizen ID must pass the GB 11643 check and match birth date and gender; unique among active members")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public Response register(@Valid @NotNull MemberRequest request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/members", request, () -> {
            MemberResponse created = members.register(request);
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(MemberResource.class).path(created.id().toString()).build(), created);
        });
    }

    @GET
    @Operation(summary = "Search members", description = "By organisation (optionally its whole subtree), status, state and name; paged, sortable by fullName, birthDate, politicalStatus, statusSince, fullSince, updatedAt; updatedSince for what changed")
    public PageResponse<MemberResponse> list(@Valid @BeanParam PageQuery page,
            @QueryParam("organizationId") UUID organizationId,
            @QueryParam("subtree") @DefaultValue("false") boolean subtree,
            @QueryParam("politicalStatus") PoliticalStatus politicalStatus,
            @QueryParam("membershipState") MembershipState membershipState,
            @QueryParam("name") @Size(max = 50) String name,
            @QueryParam(UpdatedSince.PARAMETER) @Parameter(description = UpdatedSince.DESCRIPTION) String updatedSince) {
        return members.list(page, organizationId, subtree, politicalStatus, membershipState, name, UpdatedSince.parse(updatedSince));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a member", description = "ETag carries the version for If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return ETags.ok(members.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a member's personal fields")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    @APIResponse(responseCode = "412", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MemberUpdateRequest request) {
        return ETags.ok(members.update(id, ifMatch, request));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every dated change of a member, oldest first")
    public List<MemberHistoryEntry> history(@PathParam("id") UUID id) {
        return members.history(id);
    }

    @POST
    @Path("/{id}/status-changes")
    @Operation(summary = "Take the next step of the development pipeline", description = "Rules: pipeline-order, dates-out-of-order, activist-mentors, activist-too-short, introducers-required, sponsor-not-full-member, probation-not-ended, member-not-active")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return ETags.ok(development.changeStatus(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/probation-extensions")
    @Operation(summary = "Extend a probation once by 6 to 12 months")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public Response extendProbation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProbationExtensionRequest request) {
        return ETags.ok(development.extendProbation(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/probation-cancellations")
    @Operation(summary = "Cancel a probationary membership (取消预备党员资格)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public Response cancelProbation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DatedChangeRequest.ProbationCancellation request) {
        return ETags.ok(development.cancelProbation(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/state-changes")
    @Operation(summary = "Change the membership state (正常, 停止党籍, 保留党籍, 出党, 开除)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public Response changeState(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DatedChangeRequest.StateChange request) {
        return ETags.ok(states.changeState(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/flag-changes")
    @Operation(summary = "Set or clear a flag (流动党员, 失联, 离退休)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public Response changeFlag(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DatedChangeRequest.FlagChange request) {
        return ETags.ok(states.changeFlag(id, ifMatch, request));
    }

    @PUT
    @Path("/{id}/party-group")
    @Operation(summary = "Assign the member to a party group of their branch, or none")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public Response assignGroup(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DatedChangeRequest.GroupAssignment request) {
        return ETags.ok(states.assignGroup(id, ifMatch, request));
    }

}
