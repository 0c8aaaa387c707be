package io.partybranch.reporting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.events.CloudEvent;
import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.reporting.mapping.ChangeFeedCursor;
import io.partybranch.reporting.mapping.ChangeFeedMapper;
import io.partybranch.reporting.model.ChangeFeedPage;
import io.partybranch.reporting.repository.ChangeEvent;
import io.partybranch.reporting.service.ChangeFeedService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "变更订阅: what changed, in order, for systems that integrate")
public class ChangeFeedResource {

    static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\.v[1-9][0-9]*");
    static final int MAX_TYPES = 30;

    @Inject
    ChangeFeedService feed;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "platform.security.reveal-citizen-id-roles", defaultValue = "platform-admin")
    List<String> revealRoles;

    @GET
    @Operation(summary = "Every change the caller may see since a cursor", description = "Organisations, members, committees, transfers, honours, activities and their records, evaluations: every event "
            + "the platform's services publish, as CloudEvents, in the order reporting-service committed them (so each "
            + "branch's events in the order they happened). Scoped like every read: an event is seen by the scope of its "
            + "organisation (a transfer by both branches' scopes). Personal data is masked as in members' responses: roles that may "
            + "not see citizen IDs get birthYear instead of birthDate. Start without 'after', then send back 'next'.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeFeedPage.class)))
    @APIResponse(responseCode = "400", description = "A cursor this feed did not hand out, or a malformed type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangeFeedPage changes(
            @QueryParam("after") @Parameter(description = "The 'next' of the previous page; absent: from the first event") String after,
            @QueryParam("types") @Parameter(description = "Comma-separated event types, e.g. activity.held.v1,member.registered.v1; absent: all") String types,
            @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "must be at least 1") @Max(value = 500, message = "must be at most 500") @Parameter(description = "Events per page, 1 to 500") int limit) {
        long position = ChangeFeedCursor.decode("after", after);
        ChangeFeedService.Page page = feed.after(position, parseTypes("types", types), limit);
        boolean reveal = revealRoles.stream().anyMatch(caller::hasRole);
        List<CloudEvent> items = page.events().stream().map(event -> toCloudEvent(event, reveal)).toList();
        long last = page.events().isEmpty() ? position : page.events().getLast().position;
        return new ChangeFeedPage(items, ChangeFeedCursor.encode(last), page.more());
    }

    private CloudEvent toCloudEvent(ChangeEvent event, boolean reveal) {
        try {
            return json.treeToValue(ChangeFeedMapper.toCloudEvent(json, event.event, reveal), CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change event is not a CloudEvent", e);
        }
    }

    /** Also used by webhook subscriptions, which name their types the same way. */
    public static Set<String> parseTypes(String field, String types) {
        Set<String> parsed = new LinkedHashSet<>();
        if (types == null || types.isBlank()) {
            return parsed;
        }
        for (String type : types.split(",", -1)) {
            parsed.add(requireType(field, type.strip()));
        }
        if (parsed.size() > MAX_TYPES) {
            throw ProblemException.invalid(field, "must name at most " + MAX_TYPES + " types");
        }
        return parsed;
    }

    public static String requireType(String field, String type) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw ProblemException.invalid(field, "must be event types such as activity.held.v1, separated by commas");
        }
        return type;
    }
}
