package io.partybranch.members.rest;

import io.partybranch.common.http.ETags;
import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.Problem;
import io.partybranch.members.model.MemberResponse;
import io.partybranch.members.model.TransferModels.Decision;
import io.partybranch.members.model.TransferModels.IncomingTransferRequest;
import io.partybranch.members.model.TransferModels.TransferRequest;
import io.partybranch.members.model.TransferModels.TransferResponse;
import io.partybranch.members.service.TransferService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers", description = "组织关系转接: introduction letters out, confirmations in, arrivals from outside")
@APIResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Rules: member-not-active, transfer-already-open, transfer-to-branch, transfer-same-branch, transfer-letter-expired, transfer-already-decided", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TransferResource {

    @Inject
    TransferService transfers;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Issue a transfer (介绍信)", description = "Valid 3 months, 6 across provinces; the member stays in the sending branch until confirmed")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TransferResponse.class)))
    public Response issue(@Valid @NotNull TransferRequest request, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/transfers", request, () -> {
            TransferResponse created = transfers.issue(request);
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(TransferResource.class).path(created.id().toString()).build(), created);
        });
    }

    @POST
    @Path("/incoming")
    @Operation(summary = "Record a member arriving from outside the platform", description = "Registers the member in the receiving branch and keeps the letter")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public Response receive(@Valid @NotNull IncomingTransferRequest request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/transfers/incoming", request, () -> {
            MemberResponse member = transfers.receiveFromOutside(request);
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(MemberResource.class).path(member.id().toString()).build(), member);
        });
    }

    @GET
    @Operation(summary = "List transfers", description = "Of a branch (sending or receiving) or a member; status EXPIRED lists letters that ran out unconfirmed")
    public PageResponse<TransferResponse> list(@Valid @BeanParam PageQuery page, @QueryParam("branchId") UUID branchId,
            @QueryParam("memberId") UUID memberId,
            @Parameter(description = "ISSUED, CONFIRMED, REJECTED or EXPIRED") @QueryParam("status") String status) {
        return transfers.list(page, branchId, memberId, status);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a transfer")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TransferResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return ETags.ok(transfers.get(id));
    }

    @POST
    @Path("/{id}/confirmation")
    @Operation(summary = "Confirm receipt (回执): the member now belongs to the receiving branch")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TransferResponse.class)))
    public Response confirm(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Decision decision) {
        return ETags.ok(transfers.confirm(id, ifMatch, decision));
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(summary = "Reject a transfer: the member stays where they were")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TransferResponse.class)))
    public Response reject(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Decision decision) {
        return ETags.ok(transfers.reject(id, ifMatch, decision));
    }
}
