package io.partybranch.reporting.rest;

import io.partybranch.common.inbox.DeadLetterEndpoints;
import io.partybranch.common.inbox.EventConsumer;
import io.partybranch.reporting.events.EventConsumers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Records of members.events and activities.events the read models could not take. */
@Path("/api/v1/read-models/dead-letters")
@Tag(name = "Read models", description = "运维: rebuilding the read models from the event topics")
public class DeadLetterResource extends DeadLetterEndpoints {

    @Inject
    EventConsumers consumers;

    @Override
    protected EventConsumer<?> consumer() {
        return consumers;
    }
}
