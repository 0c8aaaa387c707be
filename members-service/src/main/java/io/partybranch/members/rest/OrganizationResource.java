package io.partybranch.members.rest;

import io.partybranch.common.audit.AuditEntries;
import io.partybranch.common.http.ETags;
import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.Problem;
import io.partybranch.members.domain.OrganizationType;
import io.partybranch.members.model.ClosureRequest;
import io.partybranch.members.model.MemberResponse;
import io.partybranch.members.model.OrganizationRequest;
import io.partybranch.members.model.OrganizationResponse;
import io.partybranch.members.service.MemberService;
import io.partybranch.members.service.OrganizationService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "党组织: bureau committees, general branches, branches, joint branches, party groups")
public class OrganizationResource {

    @Inject
    OrganizationService organizations;

    @Inject
    MemberService members;

    @Inject
    IdempotentCreation idempotency;

    @Inject
    AuditEntries auditEntries;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Create an organisation")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Rule violation (e.g. parent type)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull OrganizationRequest request,
            @Parameter(description = "Retries with the same key return the first result") @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/organizations", request, () -> {
            OrganizationResponse created = organizations.create(request);
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(OrganizationResource.class).path(created.id().toString()).build(), created);
        });
    }

    @GET
    @Operation(summary = "List and search organisations", description = "Filter by parent, whole subtree, type, district and name; closed ones only on request. Paged, sortable by name, type, districtCode, createdAt, updatedAt; updatedSince for what changed")
    public PageResponse<OrganizationResponse> list(@Valid @BeanParam PageQuery page,
            @QueryParam("parentId") UUID parentId,
            @Parameter(description = "An organisation: list it and everything under it") @QueryParam("subtreeOf") UUID subtreeOf,
            @QueryParam("type") OrganizationType type,
            @QueryParam("districtCode") @Pattern(regexp = "^\\d{6}$", message = "must be 6 digits") String districtCode,
            @QueryParam("name") @Size(max = 50) String name,
            @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed,
            @QueryParam(UpdatedSince.PARAMETER) @Parameter(description = UpdatedSince.DESCRIPTION) String updatedSince) {
        return organizations.list(page, parentId, subtreeOf, type, districtCode, name, includeClosed, UpdatedSince.parse(updatedSince));
    }

    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close (撤销) an organisation", description = "Refused while it has active members or open children; history is kept")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ClosureRequest request) {
        return ETags.ok(organizations.close(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an organisation entered by mistake", description = "Only when it never had members, children, committees or honours; otherwise close it")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "409", description = "It has records; the detail says which", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id) {
        organizations.delete(id);
    }

    @GET
    @Path("/{id}/audit-entries")
    @Operation(summary = "Audit trail of an organisation (platform admins and auditors)", description = "Every write that concerned it (or its subtree): who, role, when, request id, changed fields before/after with personal data masked; newest first")
    public PageResponse<AuditEntries.AuditEntry> audit(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page,
            @QueryParam("subtree") @DefaultValue("false") boolean subtree) {
        organizations.get(id);
        return auditEntries.of(id, subtree, page);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Structural history: created, moved, renamed, closed")
    public List<Map<String, Object>> history(@PathParam("id") UUID id) {
        return organizations.historyOf(id).stream().map(h -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("change", h.change);
            entry.put("effectiveDate", h.effectiveDate);
            entry.put("fromParentId", h.fromParentId);
            entry.put("toParentId", h.toParentId);
            entry.put("name", h.name);
            entry.put("recordedAt", h.recordedAt);
            return entry;
        }).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an organisation", description = "The ETag header carries its version for If-Match")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return ETags.ok(organizations.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an organisation's fields", description = "Send If-Match with the ETag read; a stale one gets 412")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "412", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OrganizationRequest request) {
        return ETags.ok(organizations.update(id, ifMatch, request));
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "List the members of a branch", description = "Paged; sortable by fullName, birthDate, politicalStatus, statusSince")
    public PageResponse<MemberResponse> members(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page,
            @QueryParam("subtree") @DefaultValue("false") boolean subtree) {
        return members.list(page, id, subtree, null, null, null);
    }
}
