package io.partybranch.activities.rest;

import io.partybranch.activities.domain.ActivityStatus;
import io.partybranch.activities.domain.ActivityType;
import io.partybranch.activities.mapping.ICalendar;
import io.partybranch.activities.model.ActivityRecordModels;
import io.partybranch.activities.model.ActivityRequest;
import io.partybranch.activities.model.ActivityResponse;
import io.partybranch.activities.model.VoteModels;
import io.partybranch.activities.service.ActivityRecordService;
import io.partybranch.activities.service.ActivityService;
import io.partybranch.activities.service.VoteService;
import io.partybranch.common.audit.AuditEntries;
import io.partybranch.common.http.ETags;
import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "三会一课 and other branch activities")
public class ActivityResource {

    @Inject
    ActivityService activities;

    @Inject
    IdempotentCreation idempotency;

    @Inject
    ActivityRecordService records;

    @Inject
    VoteService votes;

    @Inject
    AuditEntries auditEntries;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Plan an activity")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response plan(@Valid @NotNull ActivityRequest request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/activities", request, () -> {
            ActivityResponse created = activities.plan(request);
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(ActivityResource.class).path(created.id().toString()).build(), created);
        });
    }

    @GET
    @Operation(summary = "List activities", description = "By organisation (its whole subtree with subtree=true), type, period (from/to, inclusive) and status; paged, sortable by plannedFor, type, title, createdAt")
    public PageResponse<ActivityResponse> list(@Valid @BeanParam PageQuery page, @QueryParam("organizationId") UUID organizationId,
            @QueryParam("branchId") UUID branchId, @QueryParam("subtree") @DefaultValue("false") boolean subtree,
            @QueryParam("type") ActivityType type, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("status") ActivityStatus status) {
        return activities.list(page, new ActivityService.ActivityFilter(organizationId != null ? organizationId : branchId,
                subtree, type, from, to, status));
    }

    @GET
    @Path("/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "Planned activities as iCalendar, for school portals", description = "Same filters as the list; all-day events in Asia/Shanghai")
    public Response calendar(@QueryParam("organizationId") UUID organizationId,
            @QueryParam("subtree") @DefaultValue("false") boolean subtree,
            @QueryParam("type") ActivityType type, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        var planned = activities.planned(new ActivityService.ActivityFilter(organizationId, subtree, type, from, to, null));
        return Response.ok(ICalendar.of(planned))
                .header("Content-Disposition", "inline; filename=\"activities.ics\"").build();
    }
    @GET
    @Path("/audit-entries")
    @Operation(summary = "Audit trail of a branch's activities (platform admins and auditors)")
    public PageResponse<AuditEntries.AuditEntry> audit(@Valid @BeanParam PageQuery page,
            @QueryParam("branchId") @NotNull UUID branchId) {
        activities.requireVisibleBranch(branchId);
        return auditEntries.of(branchId, false, page);
    }

    @POST
    @Path("/{id}/record")
    @Operation(summary = "Record a planned activity as held", description = "Attendance is checked against the roster on heldOn; 应到, rate and quorum are stored. Rules: activity-not-planned, attendee-not-in-branch, attendee-not-in-group, host-not-in-branch")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActivityRecordModels.RecordRequest request) {
        return ETags.ok(records.record(id, ifMatch, request));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Correct a held activity", description = "The previous version is kept (GET …/revisions): who changed it, when, what it was")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    public Response correct(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActivityRecordModels.RecordRequest request) {
        return ETags.ok(records.correct(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(summary = "Cancel a planned activity, with the reason")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActivityRecordModels.CancellationRequest request) {
        return ETags.ok(records.cancel(id, ifMatch, request));
    }

    @GET
    @Path("/{id}/attendance")
    @Operation(summary = "Attendance sheet: 应到/实到, rate, quorum, each member, guests")
    public ActivityRecordModels.AttendanceSheet attendance(@PathParam("id") UUID id) {
        return records.attendance(id);
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "Earlier versions of a corrected activity, oldest first")
    public List<ActivityRecordModels.Revision> revisions(@PathParam("id") UUID id) {
        return records.revisions(id);
    }

    @POST
    @Path("/{id}/votes")
    @Operation(summary = "Hold a vote at a held general meeting", description = "Rules: vote-needs-held-general-meeting, probationary-cannot-vote, voter-not-present. Passes with more than half of the voting members expected (应到).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = VoteModels.VoteResult.class)))
    public Response vote(@PathParam("id") UUID id, @Valid @NotNull VoteModels.VoteRequest request) {
        return Response.created(uriInfo.getAbsolutePath()).entity(votes.hold(id, request)).build();
    }

    @GET
    @Path("/{id}/votes")
    @Operation(summary = "Votes held at a meeting")
    public List<VoteModels.VoteResult> votes(@PathParam("id") UUID id) {
        return votes.ofActivity(id);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an activity")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return ETags.ok(activities.get(id));
    }
}
