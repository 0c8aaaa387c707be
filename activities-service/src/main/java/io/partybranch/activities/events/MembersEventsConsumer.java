package io.partybranch.activities.events;

import io.partybranch.activities.service.RosterService;
import io.partybranch.common.events.CloudEvent;
import io.partybranch.common.inbox.DecodedEvent;
import io.partybranch.common.inbox.EventConsumer;
import io.partybranch.common.inbox.EventTypes;
import io.partybranch.common.inbox.IncomingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the roster copy from members-service's topic. platform-common's inbox hands over each batch's
 * fresh events in one transaction; a record that can never apply is dead-lettered (listed and replayed
 * at {@code /api/v1/activities/dead-letters}); the roster rebuild replays the topic through the same code.
 */
@ApplicationScoped
public class MembersEventsConsumer implements EventConsumer<Object> {

    public static final String CONSUMER = "activities-roster";

    /** Every organisation.* and member.* event carries the full new state: any of them upserts. */
    static final List<String> ORGANIZATION_TYPES = List.of("organization.created.v1", "organization.updated.v1", "organization.moved.v1",
            "organization.closed.v1");
    static final List<String> MEMBER_TYPES = List.of("member.registered.v1", "member.updated.v1", "member.status-changed.v1",
            "member.state-changed.v1", "member.group-assigned.v1", "member.transferred.v1");
    static final List<String> COMMITTEE_TYPES = List.of("committee.elected.v1", "committee.changed.v1");
    /** Known, not needed for the roster. */
    static final List<String> IGNORED_TYPES = List.of("honour.awarded.v1", "sanction.recorded.v1", "transfer.issued.v1",
            "transfer.rejected.v1", "dues-month.updated.v1", "development-step.recorded.v1");

    private static final EventTypes TYPES = EventTypes.handling(Stream.of(ORGANIZATION_TYPES, MEMBER_TYPES,
            COMMITTEE_TYPES).flatMap(List::stream).toList()).ignoring(IGNORED_TYPES);

    @Inject
    IncomingEvents incoming;

    @Inject
    RosterService roster;

    @ConfigProperty(name = "activities.events.members-topic", defaultValue = "members.events")
    String membersTopic;

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public List<String> topics() {
        return List.of(membersTopic);
    }

    @Override
    public EventTypes types() {
        return TYPES;
    }

    @Override
    public Object decode(CloudEvent event) {
        if (ORGANIZATION_TYPES.contains(event.type())) {
            IncomingContracts.OrganizationState state = incoming.data(event, IncomingContracts.OrganizationState.class);
            return IncomingEvents.requireId(event, state, state.id());
        }
        if (MEMBER_TYPES.contains(event.type())) {
            IncomingContracts.MemberState state = incoming.data(event, IncomingContracts.MemberState.class);
            return IncomingEvents.requireId(event, state, state.id());
        }
        IncomingContracts.CommitteeState state = incoming.data(event, IncomingContracts.CommitteeState.class);
        return IncomingEvents.requireId(event, state, state.id());
    }

    /** One event after another; the appliers refuse stale versions. */
    @Override
    public void apply(List<DecodedEvent<Object>> events) {
        for (DecodedEvent<Object> decoded : events) {
            switch (decoded.data()) {
                case IncomingContracts.OrganizationState state -> roster.apply(state);
                case IncomingContracts.MemberState state -> roster.apply(state);
                case IncomingContracts.CommitteeState state -> roster.apply(state);
                default -> throw new IllegalStateException("no applier for " + decoded.data().getClass());
            }
        }
    }
}
