package io.partybranch.activities.rest;

import io.partybranch.activities.events.MembersEventsConsumer;
import io.partybranch.common.inbox.DeadLetterEndpoints;
import io.partybranch.common.inbox.EventConsumer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Records of members.events the roster copy could not take. */
@Path("/api/v1/activities/dead-letters")
@Tag(name = "Roster copy", description = "运维: the copy of members-service's organisations and members, rebuilt from members.events")
public class DeadLetterResource extends DeadLetterEndpoints {

    @Inject
    MembersEventsConsumer consumer;

    @Override
    protected EventConsumer<?> consumer() {
        return consumer;
    }
}
