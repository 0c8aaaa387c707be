package io.partybranch.members.rest;

import io.partybranch.common.http.IdempotentCreation;
import io.partybranch.common.http.Problem;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.mapping.DevelopmentFileDocument;
import io.partybranch.members.mapping.DevelopmentFileMapper;
import io.partybranch.members.model.DevelopmentFileModels;
import io.partybranch.members.repository.DevelopmentStep;
import io.partybranch.members.service.DevelopmentDocumentService;
import io.partybranch.members.service.DevelopmentFileService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/members/{id}/development")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Development file", description = "发展党员工作细则: every step from the talk after the application to the conversion, "
        + "its evidence and documents, the general meeting's votes and the higher committee's approvals")
@APIResponse(responseCode = "400", description = "Invalid field(s)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such member (or step) in the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DevelopmentFileResource {

    @Inject
    DevelopmentFileService files;

    @Inject
    DevelopmentDocumentService documents;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "A member's development file", description = "The deciding steps with their dates, evidence and votes, oldest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DevelopmentFileModels.FileResponse.class)))
    public DevelopmentFileModels.FileResponse file(@PathParam("id") UUID id) {
        DevelopmentFileService.File file = files.file(id);
        return DevelopmentFileMapper.toResponse(file.member(), file.steps(), file.documents(), BusinessCalendar.today());
    }

    @GET
    @Path("/document")
    @Produces(DevelopmentFileDocument.MEDIA_TYPE)
    @Operation(summary = "A member's development file as a Word document", description = "The pipeline's dates, 培养联系人 and 入党介绍人, then every step with its date, outcome, evidence and tally, the "
            + "time limits and the attached documents by name and type (not their content), as the higher committee reads it "
            + "before approving. No citizen ID, phone or birth date")
    @APIResponse(responseCode = "200", content = @Content(mediaType = DevelopmentFileDocument.MEDIA_TYPE))
    public Response document(@PathParam("id") UUID id) {
        DevelopmentFileService.Document file = files.document(id);
        return Response.ok(DevelopmentFileDocument.write(file.member(), file.branchName(), file.mentors(), file.introducers(),
                file.steps(), file.documents(), BusinessCalendar.today()))
                .header("Content-Disposition", "attachment; filename=\"development-file-" + id + ".docx\"").build();
    }

    @POST
    @Path("/steps")
    @Operation(summary = "Record a step of the development file", description = "Any step recorded by hand (see DevelopmentStepRequest). An approval whose passed vote is on file "
            + "completes the admission (joinedOn = the meeting's day) or the conversion (fullSince = the end of probation) at "
            + "once; otherwise the vote completes it when it arrives. Rules: development-step-order, publicity-too-short, "
            + "approval-after-three-months, training-too-short, dates-out-of-order, activist-mentors, introducers-required, "
            + "sponsor-not-full-member, member-not-active")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = DevelopmentFileModels.StepResponse.class)))
    @APIResponse(responseCode = "409", description = "A development rule refuses it; type names the rule", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull DevelopmentFileModels.StepRequest request,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, "POST /api/v1/members/" + id + "/development/steps", request, () -> {
            DevelopmentStep step = files.record(id, new DevelopmentFileService.StepCommand(request.kind(), request.doneOn(),
                    request.endsOn(), request.outcome(), blankToNull(request.doneBy()), blankToNull(request.evidence()),
                    request.classHours(), request.mentorIds(), request.introducerIds()));
            return new IdempotentCreation.Created(uriInfo.getBaseUriBuilder().path(DevelopmentFileResource.class).path("steps")
                    .path(step.id.toString()).build(id), DevelopmentFileMapper.toResponse(step, List.of()));
        });
    }

    @GET
    @Path("/steps/{stepId}")
    @Operation(summary = "One step of the development file")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DevelopmentFileModels.StepResponse.class)))
    public DevelopmentFileModels.StepResponse step(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId) {
        return DevelopmentFileMapper.toResponse(files.step(id, stepId), documents.list(id, stepId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
