package io.partybranch.activities.rest;

import io.partybranch.activities.domain.ImportJob;
import io.partybranch.activities.mapping.EvaluationWorkbook;
import io.partybranch.activities.mapping.ImportFile;
import io.partybranch.activities.mapping.ImportTemplates;
import io.partybranch.activities.mapping.JsonLines;
import io.partybranch.activities.model.EvaluationModels.EvaluationImportResponse;
import io.partybranch.activities.model.EvaluationModels.EvaluationRequest;
import io.partybranch.activities.model.ImportJobModels.ImportJobResponse;
import io.partybranch.activities.service.EvaluationImportService;
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

/** {@code POST /api/v1/evaluations/imports}: a branch's past democratic evaluations with their grades. */
@Path("/api/v1/evaluations/imports")
@Tag(name = "Evaluations")
public class EvaluationImportResource {

    @Inject
    EvaluationImportService imports;

    @Inject
    ImportSubmission submission;

    @Context
    UriInfo uriInfo;

    @Context
    Providers providers;

    @POST
    @Consumes({ImportFiles.JSON_LINES, ImportFiles.JSONL, ImportTemplates.XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import completed evaluation rounds (民主评议党员) with their grades, all or none", description = "JSON Lines: one round per line, exactly as POST /api/v1/evaluations takes it, up to "
            + JsonLines.MAX_LINES
            + " lines; errors name lines[n].field. Workbook (GET …/imports/template.xlsx): sheet 民主评议, one row per member "
            + "(支部ID, 评议期间, 评议日期, 党员ID, 等次 优秀/合格/基本合格/不合格 or 未评原因, 自评, 互评); the rows of one branch and "
            + "评议期间 make one round; errors name evaluations.rows[n].property. Each round goes through the evaluation's own rules "
            + "(everyone on the roster that day graded or excused, at most a third EXCELLENT, one round per branch and period). "
            + "400 names every unreadable part, else 409 every refused round; nothing is recorded unless every round passes.")
    @RequestBody(content = {
            @Content(mediaType = ImportFiles.JSON_LINES, schema = @Schema(type = SchemaType.STRING, maxLength = 1048576, description = "One round per line")),
            @Content(mediaType = ImportTemplates.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationImportResponse.class)))
    @APIResponse(responseCode = "202", description = "Running as a job; Location is its status", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importFile(byte[] body, @Context HttpHeaders headers, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @Parameter(description = "respond-async: run as a job (202); files of more than 200 requests always do") @HeaderParam(ImportSubmission.PREFER) String prefer) {
        ImportFile<EvaluationRequest> file = ImportFiles.read(providers, body, headers.getMediaType(), EvaluationRequest.class,
                "an evaluation round", EvaluationWorkbook::read);
        return submission.run(ImportJob.Kind.EVALUATIONS, file, imports, prefer, idempotencyKey, body,
                uriInfo.getBaseUriBuilder().path(EvaluationImportResource.class), ids -> new IdempotentCreation.Created(
                        uriInfo.getBaseUriBuilder().path(EvaluationResource.class).path(ids.get(0).toString()).build(),
                        new EvaluationImportResponse(ids.size(), ids)));
    }

    @GET
    @Path("/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import job: its status, progress, and at the end the ids recorded or the problem")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No such job, or another tenant's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobResponse job(@PathParam("jobId") UUID jobId) {
        return submission.status(ImportJob.Kind.EVALUATIONS, jobId);
    }

    @GET
    @Path("/template.xlsx")
    @Produces(ImportTemplates.XLSX)
    @Operation(summary = "The evaluation workbook to fill in", description = "Sheet 民主评议 with an example round; replace the ids with your branch's and its members'")
    @APIResponse(responseCode = "200", content = @Content(mediaType = ImportTemplates.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response workbookTemplate() {
        return Response.ok(ImportTemplates.evaluations()).header("Content-Disposition", "attachment; filename=\"evaluations.xlsx\"")
                .build();
    }
}
