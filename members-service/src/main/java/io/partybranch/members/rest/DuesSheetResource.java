package io.partybranch.members.rest;

import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.Problem;
import io.partybranch.members.mapping.DuesWorkbookWriter;
import io.partybranch.members.mapping.RosterWorkbookWriter;
import io.partybranch.members.model.DuesModels;
import io.partybranch.members.service.BranchDuesService;
import io.partybranch.members.service.DuesImportService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

@Path("/api/v1/organizations/{id}/dues")
@Tag(name = "Party dues", description = "党费 under 《关于中国共产党党费收缴、使用和管理的规定》: a member's base, reliefs, payments and account")
@APIResponse(responseCode = "404", description = "No such organisation in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DuesSheetResource {

    @Inject
    BranchDuesService branches;

    @Inject
    DuesImportService imports;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/template")
    @Produces(RosterWorkbookWriter.MEDIA_TYPE)
    @Operation(summary = "Download a branch's 党费收缴 sheet for a year, to fill in and import", description = "One sheet 党费收缴 listing the branch's paying members by name, with the columns the import takes")
    @APIResponse(responseCode = "200", description = "The sheet", content = @Content(mediaType = RosterWorkbookWriter.MEDIA_TYPE))
    public Response template(@PathParam("id") UUID id, @QueryParam("year") @NotNull @Min(2008) @Max(2100) Integer year) {
        return Response.ok(DuesWorkbookWriter.template(year, branches.payingMemberNames(id)), RosterWorkbookWriter.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dues-" + year + ".xlsx\"")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes(RosterWorkbookWriter.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a branch's dues of a year from its filled-in 党费收缴 sheet", description = """
            The body is the .xlsx file itself, read from the sheet 党费收缴 (else the first) with the same bounds as a \
            roster: at most 64 parts, 24 MiB unpacked, 10,000 rows, 100 cells a row, 1,000 characters a cell, \
            here 500 data rows. One member per row, found by 姓名 among the branch's probationary and full members \
            (身份证号 too when two share a name). For each row: the year's base from 党费类别 and 税后月收入 (checked \
            against 月应交党费 when given), the bills of the months the member owed up to the current one, and a \
            payment for each month column with an amount (交纳方式, default 现金), dated that month's last day, or \
            today for the current month and months paid ahead (at most six after the current one). A member with \
            dues already recorded for the year is refused: correct those through the API. Nothing is written unless \
            every row passes; otherwise 400 lists every problem, on rows[n].property (fullName, citizenId, \
            category, monthlyIncome, monthlyDues, method, paid[1] to paid[12]).""")
    @RequestBody(content = @Content(mediaType = RosterWorkbookWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Imported; Location is the branch's dues of the year", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesModels.ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid rows or file; nothing was written", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Rule dues-need-branch", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 1 MiB", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importYear(@PathParam("id") UUID id, @QueryParam("year") @NotNull @Min(2008) @Max(2100) Integer year,
            byte[] workbook,
            @Parameter(description = "Retries with the same key return the first result") @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/organizations/" + id + "/dues/import?year=" + year, workbook, () -> {
            DuesImportService.Imported imported = imports.persist(imports.prepare(id, year, workbook));
            return new IdempotentCreation.Created(
                    uriInfo.getBaseUriBuilder().path(BranchDuesResource.class).queryParam("year", year).build(id),
                    new DuesModels.ImportResult(imported.branchId(), imported.year(), imported.members(), imported.bills(),
                            imported.payments(), imported.billed(), imported.paid()));
        });
    }
}
