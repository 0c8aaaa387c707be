package io.partybranch.reporting.rest;

import io.partybranch.common.http.Problem;
import io.partybranch.reporting.rest.model.RebuildReport;
import io.partybranch.reporting.service.RebuildService;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/read-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Read models", description = "运维: rebuilding the read models from the event topics")
public class ReadModelResource {

    @Inject
    RebuildService rebuilds;

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild every read model by replaying both event topics from the start",
            description = "Platform administrators only. Runs in one transaction: readers see the previous figures until it commits, and a failure keeps them. Answers when done.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RebuildReport.class)))
    @APIResponse(responseCode = "403", description = "The caller is not a platform administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildReport rebuild() {
        return rebuilds.rebuild();
    }
}
