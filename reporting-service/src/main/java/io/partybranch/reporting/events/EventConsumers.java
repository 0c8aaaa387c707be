package io.partybranch.reporting.events;

import io.partybranch.common.events.CloudEvent;
import io.partybranch.common.inbox.IncomingEvents;
import io.partybranch.reporting.service.ReadModelService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the read models. Each record is applied once (inbox); one that fails to parse or apply is
 * nacked and the connector moves it to {@code reporting.dead-letter} with the reason in its headers.
 * Event types this service does not use are recorded as processed and otherwise ignored.
 */
@ApplicationScoped
public class EventConsumers {

    public static final String CONSUMER = "reporting";

    @Inject
    IncomingEvents incoming;

    @Inject
    ReadModelService readModels;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "mp.messaging.incoming.members-events.topic")
    String membersTopic;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "mp.messaging.incoming.activities-events.topic")
    String activitiesTopic;

    @Inject
    io.smallrye.reactive.messaging.ChannelRegistry channels;

    /** Records being applied right now; a rebuild waits for none before it takes the inbox lock. */
    private final java.util.concurrent.atomic.AtomicInteger applying = new java.util.concurrent.atomic.AtomicInteger();

    @Incoming("members-events")
    @Blocking
    public void onMembersEvent(String record) {
        applying.incrementAndGet();
        try {
            incoming.apply(CONSUMER, record, this::applyMembersEvent);
        } finally {
            finished();
        }
    }

    @Incoming("activities-events")
    @Blocking
    public void onActivitiesEvent(String record) {
        applying.incrementAndGet();
        try {
            incoming.apply(CONSUMER, record, this::applyActivitiesEvent);
        } finally {
            finished();
        }
    }

    /**
     * Holds back the live records while a rebuild runs, so none waits on its lock long enough for its
     * own transaction to time out. The connector keeps polling (no rebalance); held records follow on
     * resume, and the inbox skips those the rebuild has already applied.
     */
    public void pause() {
        CHANNELS.forEach(channel -> channels.getPausable(channel).pause());
    }

    public void resume() {
        CHANNELS.forEach(channel -> channels.getPausable(channel).resume());
    }

    private void finished() {
        if (applying.decrementAndGet() == 0) {
            synchronized (applying) {
                applying.notifyAll();
            }
        }
    }

    /** Waits until no live record is being applied. @return false if one still was when the time ran out */
    public boolean awaitIdle(java.time.Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (applying) {
            while (applying.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(applying, left);
            }
        }
        return true;
    }

    private static final java.util.List<String> CHANNELS = java.util.List.of("members-events", "activities-events");

    /**
     * Applies one record of a replay in the caller's transaction. Poison fails inside the decoding,
     * before anything is written, so the replay can skip it without spoiling its transaction; the
     * appliers are idempotent, so a record the topic holds twice is harmless before it is marked.
     */
    public void replay(String topic, String record) {
        CloudEvent event = incoming.parse(record);
        if (topic.equals(membersTopic)) {
            applyMembersEvent(event);
        } else if (topic.equals(activitiesTopic)) {
            applyActivitiesEvent(event);
        } else {
            throw new IllegalArgumentException("reporting does not read " + topic);
        }
        incoming.markProcessed(CONSUMER, event);
    }

    public java.util.List<String> topics() {
        return java.util.List.of(membersTopic, activitiesTopic);
    }

    private void applyMembersEvent(CloudEvent event) {
        switch (event.type()) {
            // Every organisation.* and member.* event carries the full new state: upsert from any of them.
            case String type when type.startsWith("organization.") ->
                    readModels.apply(incoming.data(event, IncomingContracts.OrganizationState.class), event.time());
            case "member.transferred.v1" ->
                    readModels.apply(incoming.data(event, IncomingContracts.MemberState.class), event.time(), event.id());
            case String type when type.startsWith("member.") ->
                    readModels.apply(incoming.data(event, IncomingContracts.MemberState.class), event.time(), null);
            case String type when type.startsWith("committee.") ->
                    readModels.apply(incoming.data(event, IncomingContracts.CommitteeState.class), event.time());
            case "honour.awarded.v1", "sanction.recorded.v1" ->
                    readModels.apply(incoming.data(event, IncomingContracts.HonourState.class), branchOf(event), event.time());
            case "transfer.issued.v1", "transfer.rejected.v1" ->
                    readModels.recordTransfer(incoming.data(event, IncomingContracts.TransferState.class), event.time());
            default -> {
            }
        }
    }

    private void applyActivitiesEvent(CloudEvent event) {
        switch (event.type()) {
            case String type when type.startsWith("activity.") ->
                    readModels.apply(incoming.data(event, IncomingContracts.ActivityState.class), event.time());
            case "evaluation.completed.v1", "trust-ballot.recorded.v1" ->
                    readModels.apply(incoming.data(event, IncomingContracts.EvaluationState.class), event.time());
            default -> {
            }
        }
    }

    private static java.util.UUID branchOf(CloudEvent event) {
        if (event.branchid() == null) {
            throw new io.partybranch.common.inbox.PoisonEventException("event " + event.id() + " has no branchid");
        }
        return java.util.UUID.fromString(event.branchid());
    }
}
