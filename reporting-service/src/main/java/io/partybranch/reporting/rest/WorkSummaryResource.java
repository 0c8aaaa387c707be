package io.partybranch.reporting.rest;

import io.partybranch.common.http.ETags;
import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.reporting.document.Formats;
import io.partybranch.reporting.document.Narratives;
import io.partybranch.reporting.domain.SummarySection;
import io.partybranch.reporting.domain.SummaryStatus;
import io.partybranch.reporting.mapping.WorkSummaryMapper;
import io.partybranch.reporting.model.SummaryHistoryEntry;
import io.partybranch.reporting.model.SummaryRequests;
import io.partybranch.reporting.model.WorkSummaryResponse;
import io.partybranch.reporting.repository.WorkSummary;
import io.partybranch.reporting.repository.WorkSummaryVersion;
import io.partybranch.reporting.service.WorkSummaryQueries;
import io.partybranch.reporting.service.WorkSummaryWorkflow;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work summary workflow", description = "A branch's 工作总结 drafted from its records, edited, submitted, accepted or returned")
public class WorkSummaryResource {

    private static final String IF_MATCH = "The ETag of the summary as last read; a stale one gets 412";

    @Inject
    WorkSummaryWorkflow workflow;

    @Inject
    WorkSummaryQueries queries;

    @Inject
    WorkSummaryMapper mapper;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("/summaries")
    @Operation(summary = "Draft a branch's work summary for a period from its records", description = "The generated text and figures of GET /summaries/branches/{id}, kept as a draft the branch's school edits. One per branch and period.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = WorkSummaryResponse.class)))
    @APIResponse(responseCode = "409", description = "summary-exists, summary-period-not-begun, statistics-need-branch", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(@Valid @NotNull SummaryRequests.Draft request, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/summaries", request, () -> {
            WorkSummary created = workflow.draft(request.branchId(), request.period());
            return new IdempotentCreation.Created(URI.create(uriInfo.getBaseUri() + "api/v1/summaries/" + created.id),
                    mapper.toResponse(queries.view(created)));
        });
    }

    @GET
    @Path("/summaries")
    @Operation(summary = "Work summaries in the caller's scope, by branch, period and status", description = "Items leave staleFigures and versions empty (GET /summaries/{id} has them).")
    public PageResponse<WorkSummaryResponse> list(@QueryParam("branchId") UUID branchId,
            @QueryParam("period") @Parameter(description = "2025-S1, 2026, 2026-Q3, 2026-09") String period,
            @QueryParam("status") SummaryStatus status, @Valid @BeanParam PageQuery page) {
        if (period != null) {
            PeriodNames.require(period);
        }
        return queries.list(branchId, period, status, page).map(summary -> mapper.toResponse(queries.listed(summary)));
    }

    @GET
    @Path("/summaries/{id}")
    @Operation(summary = "A work summary: sections, figures, the figures changed in the records since (staleFigures), versions; ETag for edits")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkSummaryResponse.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return ETags.ok(mapper.toResponse(queries.view(id)));
    }

    @PUT
    @Path("/summaries/{id}/sections/{section}")
    @Operation(summary = "Write a section's narrative (Markdown; raw HTML is kept as text when rendered)", description = "Sections: INTRODUCTION, BASICS, STUDY, TEAM_BUILDING, ORGANISATIONAL_LIFE, CONDUCT, HONOURS, PLANS. Figures stay generated.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkSummaryResponse.class)))
    public Response editSection(@PathParam("id") UUID id, @PathParam("section") SummarySection section,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch, @Valid @NotNull SummaryRequests.Narrative request) {
        String problem = Narratives.problemWith(request.narrative());
        if (problem != null) {
            throw ProblemException.invalid("narrative", problem);
        }
        return ETags.ok(mapper.toResponse(queries.view(workflow.editNarrative(id, ifMatch, section, request.narrative()))));
    }

    @POST
    @Path("/summaries/{id}/refresh")
    @Operation(summary = "Regenerate the text and figures from the records as they stand now; narratives are kept")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkSummaryResponse.class)))
    public Response refresh(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
        return ETags.ok(mapper.toResponse(queries.view(workflow.refresh(id, ifMatch))));
    }

    @POST
    @Path("/summaries/{id}/submission")
    @Operation(summary = "Submit the summary: its figures are frozen with their asOf and its .docx is stored as sent", description = "Refused (summary-figures-stale) while the records give other figures than the draft holds: refresh first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkSummaryResponse.class)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch) {
        return ETags.ok(mapper.toResponse(queries.view(workflow.submit(id, ifMatch))));
    }

    @POST
    @Path("/summaries/{id}/acceptance")
    @Operation(summary = "Accept a submitted summary (a bureau, or the organisation above the branch)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkSummaryResponse.class)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
            @Valid @NotNull SummaryRequests.Review request) {
        return ETags.ok(mapper.toResponse(queries.view(workflow.accept(id, ifMatch, request.comment()))));
    }

    @POST
    @Path("/summaries/{id}/return")
    @Operation(summary = "Return a submitted summary with comments; the branch edits and resubmits it")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkSummaryResponse.class)))
    public Response giveBack(@PathParam("id") UUID id, @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
            @Valid @NotNull SummaryRequests.Review request) {
        return ETags.ok(mapper.toResponse(queries.view(workflow.giveBack(id, ifMatch, request.comment()))));
    }

    @GET
    @Path("/summaries/{id}/history")
    @Operation(summary = "Every step of the summary, in order: who created, edited, refreshed, submitted, returned or accepted it, and when")
    public List<SummaryHistoryEntry> history(@PathParam("id") UUID id) {
        return queries.history(id).stream().map(mapper::toEntry).toList();
    }

    @GET
    @Path("/summaries/{id}/document")
    @Produces({"text/markdown", "text/html", Formats.DOCX_TYPE})
    @Operation(summary = "The summary as it stands now, rendered: Markdown, HTML or Word (narratives sanitised)")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Formats.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("id") UUID id,
            @QueryParam("format") @Parameter(description = "md, html or docx; overrides Accept") String format,
            @Context HttpHeaders headers) {
        return Downloads.document(queries.document(id), Downloads.chosen(format, headers));
    }

    @GET
    @Path("/summaries/{id}/versions/{number}/document")
    @Produces({"text/markdown", "text/html", Formats.DOCX_TYPE})
    @Operation(summary = "A submitted version as it was sent; the .docx is the stored file, byte for byte")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Formats.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response versionDocument(@PathParam("id") UUID id,
            @PathParam("number") @Parameter(description = "1 for the first submission") int number,
            @QueryParam("format") @Parameter(description = "md, html or docx; overrides Accept") String format,
            @Context HttpHeaders headers) {
        Formats chosen = Downloads.chosen(format, headers);
        WorkSummaryVersion version = queries.version(id, number);
        if (chosen == Formats.DOCX) {
            return Downloads.bytes(version.title + ".docx", version.docx, version.figuresAsOf, chosen.mediaType());
        }
        return Downloads.document(queries.versionDocument(version), chosen);
    }
}
