package io.partybranch.reporting.rest;

import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.reporting.document.Document;
import io.partybranch.reporting.document.Formats;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.service.AcceptedDistrictSummary;
import io.partybranch.reporting.service.ExportService;
import io.partybranch.reporting.service.SchoolCalendar;
import io.partybranch.reporting.service.WorkSummaryService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Reports", description = "工作总结 and Excel exports, generated from the read models")
public class ReportResource {

    @Inject
    SchoolCalendar calendar;

    private static final String AS_OF = "Time of the latest event applied for the figures (how fresh they are)";
    private static final String PERIOD_HELP = "2026 (year), 2026-Q3, 2026-09, 2025-S1 (Sep–Jan), 2025-S2 (Feb–Jul); or from and to, "
            + "at most " + Period.MAX_YEARS + " years apart, within 1900–2100";

    @Inject
    WorkSummaryService summaries;

    @Inject
    ExportService exports;

    @Inject
    AcceptedDistrictSummary accepted;

    @GET
    @Path("/summaries/branches/{id}")
    @Produces({"text/markdown", "text/html", Formats.DOCX_TYPE})
    @Operation(summary = "A branch's work summary (工作总结) for a period", description = "基本情况 (members, committee and posts, attached members), study, team building (development, evaluation, trust rates), organisational life (三会一课 counts and compliance) and honours; every figure from the records. Markdown unless Accept or format asks for HTML or Word.")
    @APIResponse(responseCode = "200", headers = @Header(name = "X-Data-As-Of", description = AS_OF), description = "The summary", content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Formats.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such branch in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response branchSummary(@PathParam("id") UUID id, @QueryParam("period") @Parameter(description = PERIOD_HELP) String period,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("format") @Parameter(description = "md, html or docx; overrides Accept") String format,
            @Context HttpHeaders headers) {
        Formats chosen = chosen(format, headers);
        return document(summaries.forBranch(id, calendar.period(id, period, from, to)), chosen);
    }

    @GET
    @Path("/summaries/organizations/{id}")
    @Produces({"text/markdown", "text/html", Formats.DOCX_TYPE})
    @Operation(summary = "A district's (or any subtree's) summary over its branches for a period", description = "The subtree's totals and the branches falling short, a ranking table, then one table per branch. From the pre-aggregated figures; "
            + "with source=accepted (and a named period), from the branches' accepted work summaries instead: their frozen figures and "
            + "their secretaries' narratives, naming the branches that have no accepted summary.")
    @APIResponse(responseCode = "200", headers = @Header(name = "X-Data-As-Of", description = AS_OF), description = "The summary", content = {
            @Content(mediaType = "text/markdown", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Formats.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such organisation in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subtreeSummary(@PathParam("id") UUID id, @QueryParam("period") @Parameter(description = PERIOD_HELP) String period,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("format") @Parameter(description = "md, html or docx; overrides Accept") String format,
            @QueryParam("source") @Parameter(description = "records (the default: the figures as the records give them now) or accepted "
                    + "(the accepted work summaries of a named period, as submitted)") String source,
            @Context HttpHeaders headers) {
        Formats chosen = chosen(format, headers);
        if (source == null || source.equals("records")) {
            return document(summaries.forSubtree(id, calendar.period(id, period, from, to)), chosen);
        }
        if (!source.equals("accepted")) {
            throw ProblemException.invalid("source", "must be records or accepted");
        }
        if (period == null || from != null || to != null) {
            throw ProblemException.invalid("period",
                    "source=accepted needs a named period (2025-S1, 2026, …), as summaries are sent up per period, and no from/to");
        }
        return document(accepted.forSubtree(id, period, calendar.period(id, period, null, null)), chosen);
    }

    @GET
    @Path("/exports/branches/{id}")
    @Produces(Formats.XLSX_TYPE)
    @Operation(summary = "A branch's statistics for a period as an Excel workbook", description = "Sheets: 党员, 活动, 出勤, 三会一课, 民主评议, 信任度, 荣誉; the figures of GET /statistics/branches/{id}/period.")
    @APIResponse(responseCode = "200", headers = @Header(name = "X-Data-As-Of", description = AS_OF), content = @Content(mediaType = Formats.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such branch in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response branchExport(@PathParam("id") UUID id, @QueryParam("period") @Parameter(description = PERIOD_HELP) String period,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return download(exports.branch(id, calendar.period(id, period, from, to)), Formats.XLSX_TYPE);
    }

    @GET
    @Path("/exports/organizations/{id}")
    @Produces(Formats.XLSX_TYPE)
    @Operation(summary = "Every branch under an organisation for a period as an Excel workbook", description = "Sheets: 支部 (one ranked row per branch) and 未落实 (every missed unit); the figures of GET /statistics/organizations/{id}/branches.")
    @APIResponse(responseCode = "200", headers = @Header(name = "X-Data-As-Of", description = AS_OF), content = @Content(mediaType = Formats.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such organisation in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subtreeExport(@PathParam("id") UUID id, @QueryParam("period") @Parameter(description = PERIOD_HELP) String period,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return download(exports.subtree(id, calendar.period(id, period, from, to)), Formats.XLSX_TYPE);
    }

    private static Formats chosen(String format, HttpHeaders headers) {
        return Downloads.chosen(format, headers);
    }

    private static Response document(Document document, Formats format) {
        return Downloads.document(document, format);
    }

    private static Response download(ExportService.Export export, String mediaType) {
        return Downloads.download(export, mediaType);
    }
}
