package io.partybranch.members.rest;

import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.Problem;
import io.partybranch.members.mapping.RosterWorkbookWriter;
import io.partybranch.members.model.RosterImportResponse;
import io.partybranch.members.service.RosterExportService;
import io.partybranch.members.service.RosterImportService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Tag(name = "Rosters", description = "党员花名册 as Excel (.xlsx): blank template, import of a whole branch, export")
@APIResponse(responseCode = "404", description = "No such organisation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RosterResource {

    @Inject
    RosterImportService imports;

    @Inject
    RosterExportService exports;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/{id}/roster/template")
    @Produces(RosterWorkbookWriter.MEDIA_TYPE)
    @Operation(summary = "Download the blank roster template", description = "One sheet 党员花名册 whose header row names the importable columns; cells are text-formatted, "
            + "性别, 学历 and 党员类别 offer their Chinese labels, and each header's note says what it takes")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = RosterWorkbookWriter.MEDIA_TYPE))
    public Response template(@PathParam("id") UUID id) {
        return attachment(exports.template(id), "roster-template.xlsx");
    }

    @POST
    @Path("/{id}/roster/import")
    @Consumes(RosterWorkbookWriter.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a branch's members from a filled-in roster", description = """
            The body is the .xlsx file itself. Read from the sheet 党员花名册 (else the first sheet): a header \
            row with the template's column names, in any order and within the first 10 rows, then one person \
            per row, at most 2,000; blank rows are skipped. Dates may be Excel dates or text yyyy-MM-dd; \
            性别, 学历 and 党员类别 take the template's Chinese labels. Every row is checked as POST \
            /api/v1/members checks one registration, and citizen IDs may not repeat within the file. \
            Nothing is written unless every row passes; then all are registered in one transaction. \
            Otherwise 400 lists every problem at once. Its field is rows[n].property: n is the \
            spreadsheet's own 1-based row number, property the MemberRequest property of the column \
            (姓名 fullName, 性别 gender, 民族 ethnicity, 出生日期 birthDate, 身份证号 citizenId, 学历 education, \
            职务/岗位 jobTitle, 联系电话 phone, 党员类别 politicalStatus, 当前类别起始日期 statusSince, \
            入党申请日期 appliedOn, 确定积极分子日期 activistSince, 确定发展对象日期 candidateSince, 入党日期 joinedOn, \
            所属单位 ownUnit, 党员责任区 responsibilityZone), e.g. rows[3].citizenId. A rule a row breaks \
            (e.g. a citizen ID already registered) is reported on rows[n] with the rule's detail as message, \
            a header problem on the header row's rows[n], and a file that is not a readable .xlsx, has no \
            data rows or too many on body. A workbook is measured before it is read: at most 64 parts, a \
            sheet of 16 MiB unpacked, styles of 512 KiB, shared strings of 4 MiB, 24 MiB in all; then at \
            most 10,000 rows of any kind, 100 cells a row and 1,000 characters a cell. Beyond any of these \
            the answer is 400 on body saying which; a file over 1 MiB is 413.""")
    @RequestBody(content = @Content(mediaType = RosterWorkbookWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "All rows registered; Location is the branch's member list", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterImportResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid rows or file; nothing was registered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 1 MiB", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The organisation cannot take members (not a branch, or closed), or a citizen ID was registered meanwhile", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importRoster(@PathParam("id") UUID id, byte[] workbook,
            @Parameter(description = "Retries with the same key return the first result") @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/organizations/" + id + "/roster/import", workbook, () -> {
            RosterImportResponse imported = imports.persistImport(imports.prepareImport(id, workbook));
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(OrganizationResource.class).path(id.toString()).path("members").build(),
                    imported);
        });
    }

    @GET
    @Path("/{id}/roster.xlsx")
    @Produces(RosterWorkbookWriter.MEDIA_TYPE)
    @Operation(summary = "Export the roster of active members", description = "The template's columns plus 所在组织; citizen ID and phone masked as in every API answer")
    @APIResponse(responseCode = "200", description = "The roster", content = @Content(mediaType = RosterWorkbookWriter.MEDIA_TYPE))
    public Response export(@PathParam("id") UUID id,
            @Parameter(description = "Include every organisation under this one") @QueryParam("subtree") @DefaultValue("false") boolean subtree) {
        return attachment(exports.export(id, subtree), "roster.xlsx");
    }

    private static Response attachment(byte[] workbook, String filename) {
        return Response.ok(workbook, RosterWorkbookWriter.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
