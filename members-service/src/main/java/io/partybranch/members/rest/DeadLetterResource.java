package io.partybranch.members.rest;

import io.partybranch.common.inbox.DeadLetterEndpoints;
import io.partybranch.common.inbox.EventConsumer;
import io.partybranch.members.events.VoteEventsConsumer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Records of activities.events (general meetings' votes) the development files could not take. */
@Path("/api/v1/members/dead-letters")
@Tag(name = "Development file", description = "运维: votes from activities-service that could not be recorded")
public class DeadLetterResource extends DeadLetterEndpoints {

    @Inject
    VoteEventsConsumer consumer;

    @Override
    protected EventConsumer<?> consumer() {
        return consumer;
    }
}
