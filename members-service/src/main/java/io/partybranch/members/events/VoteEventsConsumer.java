package io.partybranch.members.events;

import io.partybranch.common.events.CloudEvent;
import io.partybranch.common.inbox.DecodedEvent;
import io.partybranch.common.inbox.EventConsumer;
import io.partybranch.common.inbox.EventTypes;
import io.partybranch.common.inbox.IncomingEvents;
import io.partybranch.common.inbox.PoisonEventException;
import io.partybranch.members.service.VoteOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The general meetings' votes on admission and conversion (vote.held.v1 from activities-service),
 * onto the candidates' development files. platform-common's inbox hands over each batch's fresh
 * events in one transaction; a vote naming no member is dead-lettered (listed and replayed at
 * {@code /api/v1/members/dead-letters}).
 */
@ApplicationScoped
public class VoteEventsConsumer implements EventConsumer<VoteEventsConsumer.VoteHeld> {

    public static final String CONSUMER = "members-votes";
    static final String VOTE_HELD = "vote.held.v1";
    /** Known, not needed here. */
    static final List<String> IGNORED_TYPES = List.of("activity.planned.v1", "activity.held.v1", "activity.corrected.v1",
            "activity.cancelled.v1", "evaluation.completed.v1", "trust-ballot.recorded.v1");
    private static final EventTypes TYPES = EventTypes.handling(List.of(VOTE_HELD)).ignoring(IGNORED_TYPES);

    /** What members-service reads of a vote; only admissions and conversions carry a candidate it acts on. */
    public record VoteHeld(UUID id, UUID activityId, UUID branchId, String subject, UUID candidateMemberId, Integer yes, Integer no,
            Integer abstain, Integer votingExpected, Boolean passed, LocalDate heldOn) {

        public boolean aboutMembership() {
            return "ADMIT_CANDIDATE".equals(subject) || "CONVERT_PROBATIONARY".equals(subject);
        }
    }

    @Inject
    IncomingEvents incoming;

    @Inject
    VoteOutcomes outcomes;

    @ConfigProperty(name = "members.events.activities-topic", defaultValue = "activities.events")
    String activitiesTopic;

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public List<String> topics() {
        return List.of(activitiesTopic);
    }

    @Override
    public EventTypes types() {
        return TYPES;
    }

    @Override
    public VoteHeld decode(CloudEvent event) {
        VoteHeld vote = incoming.data(event, VoteHeld.class);
        IncomingEvents.requireId(event, vote, vote.id());
        if (vote.aboutMembership() && (vote.candidateMemberId() == null || vote.passed() == null || vote.heldOn() == null)) {
            throw new PoisonEventException(PoisonEventException.CONTRACT_VIOLATION, "event " + event.id() + " is a vote on "
                    + vote.subject() + " without candidateMemberId, passed or heldOn", event.id());
        }
        return vote;
    }

    @Override
    public void apply(List<DecodedEvent<VoteHeld>> events) {
        for (DecodedEvent<VoteHeld> decoded : events) {
            if (decoded.data().aboutMembership()) {
                outcomes.record(decoded.data(), decoded.event().id());
            }
        }
    }
}
