package io.partybranch.common.inbox;

import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The dead letters of one consumer, for platform administrators: list, read, replay one or all. A
 * service exposes them by extending this with its own {@code @Path} and consumer.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DeadLetterEndpoints {

    @Inject
    DeadLetterReplay deadLetters;

    @Inject
    CallerScope caller;

    protected abstract EventConsumer<?> consumer();

    @GET
    @Operation(summary = "List dead letters", description = "Platform administrators only. Oldest first; paged. By default only the open "
            + "ones (not yet replayed successfully); open=false lists all, resolved included.")
    @APIResponse(responseCode = "403", description = "Not a platform administrator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<DeadLetterView> list(@Valid @BeanParam PageQuery page,
            @QueryParam("open") @DefaultValue("true") @Parameter(description = "Only those not yet resolved") boolean open) {
        requireAdmin();
        if (page.sort != null) {
            throw ProblemException.invalid("sort", "dead letters are listed oldest first only");
        }
        return deadLetters.list(consumer(), open, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a dead letter, with the record as received")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterView get(@PathParam("id") UUID id) {
        requireAdmin();
        return deadLetters.get(consumer(), id);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Replay a dead letter", description = "Through the same inbox and appliers as live records: if its event "
            + "was applied meanwhile nothing changes (ALREADY_APPLIED); if it still cannot apply it stays open with the new reason.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterReplay.Replayed.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is running", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A transient failure (the database away); nothing changed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterReplay.Replayed replay(@PathParam("id") UUID id) {
        requireAdmin();
        return deadLetters.replay(consumer(), id);
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Replay every open dead letter, oldest first", description = "Up to limit of them per call; the answer says how "
            + "many are still open.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterReplay.ReplayedAll.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is running", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterReplay.ReplayedAll replayAll(
            @QueryParam("limit") @DefaultValue("1000") @Min(value = 1, message = "must be at least 1") @Max(value = DeadLetterReplay.MAX_REPLAY_ALL, message = "must be at most "
                    + DeadLetterReplay.MAX_REPLAY_ALL) int limit) {
        requireAdmin();
        return deadLetters.replayAll(consumer(), limit);
    }

    private void requireAdmin() {
        if (!caller.unrestricted()) {
            throw CallerScope.forbidden("Only a platform administrator may see and replay dead letters: they hold every district's events");
        }
    }
}
