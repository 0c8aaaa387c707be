package io.partybranch.activities.events;

import io.partybranch.activities.service.RosterService;
import io.partybranch.common.events.CloudEvent;
import io.partybranch.common.inbox.IncomingEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Builds the roster copy from members-service's topic; failures go to activities.dead-letter. */
@ApplicationScoped
public class MembersEventsConsumer {

    static final String CONSUMER = "activities-roster";

    @Inject
    IncomingEvents incoming;

    @Inject
    RosterService roster;

    @Incoming("members-events")
    @Blocking
    public void onMembersEvent(String record) {
        incoming.apply(CONSUMER, record, this::apply);
    }

    private void apply(CloudEvent event) {
        switch (event.type()) {
            // Every organisation.* and member.* event carries the full new state: upsert from any of them.
            case String type when type.startsWith("organization.") ->
                    roster.apply(incoming.data(event, IncomingContracts.OrganizationState.class));
            case String type when type.startsWith("member.") ->
                    roster.apply(incoming.data(event, IncomingContracts.MemberState.class));
            case String type when type.startsWith("committee.") ->
                    roster.apply(incoming.data(event, IncomingContracts.CommitteeState.class));
            default -> {
            }
        }
    }
}
