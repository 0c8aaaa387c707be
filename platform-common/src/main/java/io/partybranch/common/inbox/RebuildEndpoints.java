package io.partybranch.common.inbox;

import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Starting a rebuild from the event topics and following it, for platform administrators. A service
 * exposes it by extending this with its own {@code @Path} and target.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class RebuildEndpoints {

    @Inject
    Rebuilds rebuilds;

    @Inject
    CallerScope caller;

    protected abstract RebuildTarget target();

    /** Problem details with the running rebuild's progress. */
    @Schema(name = "RebuildConflict")
    public record Conflict(String type, String title, int status, String detail, String instance, RebuildStatus running) {
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Start a rebuild from the event topics", description = "Platform administrators only. Replays the topics from "
            + "their first record in one transaction, in the background: readers see the previous state until it commits, and a failure "
            + "keeps it. Answers at once with the job; follow it at Location. One runs at a time.")
    @APIResponse(responseCode = "202", description = "Started", content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "403", description = "Not a platform administrator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already running; its progress is in 'running'", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Conflict.class)))
    public Response rebuild(@Context UriInfo uri) {
        requireAdmin();
        try {
            RebuildStatus started = rebuilds.start(target(), caller.subject());
            URI location = URI.create(uri.getAbsolutePath().toString().replaceFirst("/rebuild/?$", "/rebuilds/") + started.id());
            return Response.accepted(started).location(location).build();
        } catch (Rebuilds.AlreadyRunning e) {
            RebuildStatus running = e.running();
            return Response.status(409).type(Problem.MEDIA_TYPE).entity(new Conflict("/problems/conflict/rebuild-running", "重建正在进行",
                    409, "Rebuild " + running.id() + " is running: " + running.recordsDone() + " of "
                            + (running.recordsTotal() == null ? "?" : running.recordsTotal()) + " records done",
                    uri.getPath(), running)).build();
        }
    }

    @GET
    @Path("/rebuilds/{id}")
    @Operation(summary = "A rebuild's state and progress")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildStatus status(@PathParam("id") UUID id) {
        requireAdmin();
        RebuildStatus status = rebuilds.status(target().consumer().name(), id);
        if (status == null) {
            throw ProblemException.notFound("Rebuild", id);
        }
        return status;
    }

    private void requireAdmin() {
        if (!caller.unrestricted()) {
            throw CallerScope.forbidden("Only a platform administrator may rebuild: it replays every district's events");
        }
    }
}
