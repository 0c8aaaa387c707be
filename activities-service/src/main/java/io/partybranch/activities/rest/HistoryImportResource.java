package io.partybranch.activities.rest;

import io.partybranch.activities.domain.ImportJob;
import io.partybranch.activities.mapping.HeldActivityWorkbook;
import io.partybranch.activities.mapping.ImportFile;
import io.partybranch.activities.mapping.ImportTemplates;
import io.partybranch.activities.mapping.JsonLines;
import io.partybranch.activities.model.ActivityBatchModels.HeldActivity;
import io.partybranch.activities.model.ActivityBatchModels.HeldActivityBatchResponse;
import io.partybranch.activities.model.ImportJobModels.ImportJobResponse;
import io.partybranch.activities.service.HistoryImportService;
import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/activities/imports}: a branch's past activities from a JSON Lines file or a workbook. */
@Path("/api/v1/activities/imports")
@Tag(name = "Activities")
public class HistoryImportResource {

    public static final String JSON_LINES = ImportFiles.JSON_LINES;

    @Inject
    HistoryImportService imports;

    @Inject
    ImportSubmission submission;

    @Context
    UriInfo uriInfo;

    @Context
    Providers providers;

    @POST
    @Consumes({JSON_LINES, ImportFiles.JSONL, ImportTemplates.XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import held activities with their attendance from a JSON Lines file or an .xlsx workbook, all or none", description = "JSON Lines: one held activity per line, each exactly as an item of POST /api/v1/activities/held ({\"activity\": …, "
            + "\"record\": …}; GET …/imports/template), up to " + JsonLines.MAX_LINES
            + " lines; errors name lines[n].field, n counted from 1. "
            + "Workbook (GET …/imports/template.xlsx): sheet 活动, one activity per row numbered by 编号 (组织ID, 类型, 主题, 计划日期, "
            + "召开日期, 开始时间, 结束时间, 地点, 主持人ID, 记录人ID, 主讲人, 会议记录, 决议), and sheet 出勤, one row per attendee "
            + "(活动编号, 党员ID, 出勤情况 出席/请假/缺席, 请假事由); errors name activities.rows[n].property or attendance.rows[n].property, "
            + "n as Excel numbers the row. Bodies up to 1 MiB; a workbook is bounded like a roster (64 parts, 24 MiB unpacked). "
            + "Each activity is planned and recorded through the same rules as the API (attendance against the roster on its date). "
            + "Every part that cannot be read or fails a field check is named (400); otherwise every activity the rules refuse on "
            + "its own is named (409). Nothing is recorded unless every activity passes.")
    @RequestBody(content = {
            @Content(mediaType = JSON_LINES, schema = @Schema(type = SchemaType.STRING, maxLength = 1048576, description = "One held activity per line")),
            @Content(mediaType = ImportTemplates.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HeldActivityBatchResponse.class)))
    @APIResponse(responseCode = "202", description = "Running as a job; Location is its status", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importFile(byte[] body, @Context HttpHeaders headers, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Parameter(description = "respond-async: run as a job (202); files of more than 200 requests always do") @HeaderParam(ImportSubmission.PREFER) String prefer) {
        ImportFile<HeldActivity> file = ImportFiles.read(providers, body, headers.getMediaType(), HeldActivity.class, "a held activity",
                HeldActivityWorkbook::read);
        return submission.run(ImportJob.Kind.HELD_ACTIVITIES, file, imports, prefer, idempotencyKey, body,
                uriInfo.getBaseUriBuilder().path(HistoryImportResource.class), ids -> new IdempotentCreation.Created(
                        uriInfo.getBaseUriBuilder().path(ActivityResource.class).path(ids.get(0).toString()).build(),
                        new HeldActivityBatchResponse(ids.size(), ids)));
    }

    @GET
    @Path("/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import job: its status, progress, and at the end the ids recorded or the problem")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No such job, or another tenant's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobResponse job(@PathParam("jobId") UUID jobId) {
        return submission.status(ImportJob.Kind.HELD_ACTIVITIES, jobId);
    }

    @GET
    @Path("/template")
    @Produces(JSON_LINES)
    @Operation(summary = "An example JSON Lines import file", description = "Two held activities; replace the ids with your branch's, its party group's and its members'")
    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON_LINES, schema = @Schema(type = SchemaType.STRING)))
    public Response template() {
        return Response.ok(TEMPLATE).header("Content-Disposition", "attachment; filename=\"held-activities.jsonl\"").build();
    }

    @GET
    @Path("/template.xlsx")
    @Produces(ImportTemplates.XLSX)
    @Operation(summary = "The workbook to fill in", description = "Sheets 活动 and 出勤 with two example activities; replace the ids with your branch's and its members'")
    @APIResponse(responseCode = "200", content = @Content(mediaType = ImportTemplates.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response workbookTemplate() {
        return Response.ok(ImportTemplates.heldActivities()).header("Content-Disposition", "attachment; filename=\"held-activities.xlsx\"")
                .build();
    }

    static final String TEMPLATE = """
            {"activity":{"organizationId":"00000000-0000-0000-0000-0000000000b1","type":"COMMITTEE_MEETING","title":"研究部署九月份党建工作","plannedFor":"2025-09-08","place":"党员活动室"},"record":{"heldOn":"2025-09-08","startTime":"15:30:00","endTime":"16:30:00","hostMemberId":"00000000-0000-0000-0000-0000000000e1","minutes":"会议记录","attendance":[{"memberId":"00000000-0000-0000-0000-0000000000e1","status":"PRESENT"},{"memberId":"00000000-0000-0000-0000-0000000000e2","status":"EXCUSED","reason":"外出培训"}]}}
            {"activity":{"organizationId":"00000000-0000-0000-0000-0000000000b1","type":"PARTY_LECTURE","title":"专题党课","plannedFor":"2025-09-26"},"record":{"heldOn":"2025-09-26","speaker":"支部书记","attendance":[{"memberId":"00000000-0000-0000-0000-0000000000e1","status":"PRESENT"},{"memberId":"00000000-0000-0000-0000-0000000000e2","status":"PRESENT"}]}}
            """;
}
