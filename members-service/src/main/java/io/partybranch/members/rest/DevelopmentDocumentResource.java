package io.partybranch.members.rest;

import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.InputBounds;
import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.members.mapping.DevelopmentFileMapper;
import io.partybranch.members.model.DevelopmentFileModels;
import io.partybranch.members.repository.DevelopmentDocument;
import io.partybranch.members.service.DevelopmentDocumentService;
import jakarta.inject.Inject;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{id}/development/steps/{stepId}/documents")
@Tag(name = "Development file")
@APIResponse(responseCode = "404", description = "No such member, step or document in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DevelopmentDocumentResource {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int MAX_FILE_NAME = 200;

    @Inject
    DevelopmentDocumentService documents;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes({PDF, JPEG, PNG, DOCX})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a document to a step (an application letter, a report, a review's conclusion)", description = """
            The body is the file itself, its Content-Type one of application/pdf, image/jpeg, image/png or the Word \
            .docx type, and fileName its name. The bytes must be of the type declared (checked by their first bytes; a \
            .docx must be a Word package), else 415; larger than members.documents.max-bytes (1 MiB by default) is 400, \
            and so is a step already holding members.documents.max-per-step documents (20). Documents are personal \
            data: they are listed by name and type, downloaded only by callers who may see the member, and never \
            published in events or written to logs.""")
    @RequestBody(content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DevelopmentFileModels.DocumentResponse.class)))
    @APIResponse(responseCode = "400", description = "No or a bad fileName, an empty or too large body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG, PNG or .docx, or not what its Content-Type says", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attach(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId,
            @Parameter(description = "The file's name as the reader will see it", example = "入党申请书.pdf", required = true) @QueryParam("fileName") String fileName,
            @HeaderParam("Content-Type") String contentType,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, byte[] content) {
        String name = checkedName(fileName);
        String type = baseType(contentType);
        DevelopmentDocumentService.Upload upload = new DevelopmentDocumentService.Upload(name, type, content);
        return idempotency.create(idempotencyKey, "POST /api/v1/members/" + id + "/development/steps/" + stepId + "/documents",
                new Fingerprint(name, type, content.length, Arrays.hashCode(content)), () -> {
                    DevelopmentDocument document = documents.attach(id, stepId, upload);
                    return new IdempotentCreation.Created(uriInfo.getAbsolutePathBuilder().path(document.id.toString()).build(),
                            DevelopmentFileMapper.toResponse(document));
                });
    }

    /** What makes a retry with the same key the same request. */
    record Fingerprint(String fileName, String contentType, int size, int contentHash) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The documents attached to a step, by name and type (not their content)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DevelopmentFileModels.DocumentResponse.class)))
    public List<DevelopmentFileModels.DocumentResponse> list(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId) {
        return documents.list(id, stepId).stream().map(DevelopmentFileMapper::toResponse).toList();
    }

    @GET
    @Path("/{documentId}")
    @Produces({PDF, JPEG, PNG, DOCX})
    @Operation(summary = "Download a document", description = "The bytes as uploaded, with their type and an attachment file name")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = PDF), @Content(mediaType = JPEG), @Content(mediaType = PNG),
            @Content(mediaType = DOCX)})
    public Response download(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId, @PathParam("documentId") UUID documentId) {
        DevelopmentDocumentService.Download download = documents.download(id, stepId, documentId);
        String encoded = URLEncoder.encode(download.document().fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.content(), download.document().contentType)
                .header("Content-Disposition", "attachment; filename=\"document-" + documentId + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static String checkedName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw ProblemException.invalid("fileName", "is required: the document's name, e.g. 入党申请书.pdf");
        }
        if (fileName.length() > MAX_FILE_NAME) {
            throw ProblemException.invalid("fileName", "must be at most " + MAX_FILE_NAME + " characters");
        }
        String problem = InputBounds.textProblem(fileName);
        if (problem != null) {
            throw ProblemException.invalid("fileName", problem);
        }
        if (fileName.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            throw ProblemException.invalid("fileName", "must be one line");
        }
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw ProblemException.invalid("fileName", "is a name, not a path: no / or \\");
        }
        return fileName.strip();
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }
}
