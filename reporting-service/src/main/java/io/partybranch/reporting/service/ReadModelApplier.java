package io.partybranch.reporting.service;

import io.partybranch.reporting.events.IncomingContracts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies a batch of decoded events from either topic in the caller's transaction: each kind
 * set-based, and the aggregates get the batch's summed deltas, one statement per table. The tree's
 * changes come first; the deltas are written last, to the ancestors the tree then has.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelApplier {

    @Inject
    OrganizationApplier organizations;

    @Inject
    MemberApplier members;

    @Inject
    TransferApplier transfers;

    @Inject
    ActivityApplier activities;

    @Inject
    RecognitionApplier recognition;

    @Inject
    DuesApplier dues;

    @Inject
    DevelopmentApplier development;

    @Inject
    Rollups rollups;

    /** One event, read into what reporting uses of it (events.EventConsumers decodes). */
    public sealed interface Decoded {
    }

    public record OrganizationEvent(IncomingContracts.OrganizationState state, OffsetDateTime time) implements Decoded {
    }

    public record MemberEvent(MemberApplier.Incoming incoming) implements Decoded {
    }

    public record TransferEvent(IncomingContracts.TransferState state, OffsetDateTime time) implements Decoded {
    }

    public record ActivityEvent(ActivityApplier.Incoming incoming) implements Decoded {
    }

    public record HonourEvent(IncomingContracts.HonourState state, UUID branch, OffsetDateTime time) implements Decoded {
    }

    public record EvaluationEvent(IncomingContracts.EvaluationState state, OffsetDateTime time) implements Decoded {
    }

    public record CommitteeEvent(IncomingContracts.CommitteeState state, OffsetDateTime time) implements Decoded {
    }

    public record DuesEvent(DuesApplier.Incoming incoming) implements Decoded {
    }

    public record DevelopmentStepEvent(DevelopmentApplier.Incoming incoming) implements Decoded {
    }

    public void apply(List<Decoded> events) {
        Rollups.Deltas deltas = new Rollups.Deltas();
        List<MemberApplier.Incoming> memberEvents = new ArrayList<>();
        List<ActivityApplier.Incoming> activityEvents = new ArrayList<>();
        List<DuesApplier.Incoming> duesEvents = new ArrayList<>();
        List<DevelopmentApplier.Incoming> stepEvents = new ArrayList<>();
        for (Decoded event : events) {
            switch (event) {
                case OrganizationEvent o -> organizations.apply(o.state(), o.time(), deltas);
                case MemberEvent m -> memberEvents.add(m.incoming());
                case ActivityEvent a -> activityEvents.add(a.incoming());
                case DuesEvent d -> duesEvents.add(d.incoming());
                case DevelopmentStepEvent s -> stepEvents.add(s.incoming());
                default -> {
                }
            }
        }
        members.apply(memberEvents, deltas);
        // After the members: a file counts by its person's latest member state, and a member event re-counts the file.
        development.apply(stepEvents, memberEvents.stream().map(m -> m.state().id()).toList(), deltas);
        activities.apply(activityEvents, deltas);
        dues.apply(duesEvents, deltas);
        for (Decoded event : events) {
            switch (event) {
                case TransferEvent t -> transfers.apply(t.state(), t.time(), deltas);
                case HonourEvent h -> recognition.honour(h.state(), h.branch(), h.time(), deltas);
                case EvaluationEvent e -> recognition.evaluation(e.state(), e.time(), deltas);
                case CommitteeEvent c -> recognition.committee(c.state(), c.time(), deltas);
                default -> {
                }
            }
        }
        rollups.apply(deltas);
    }
}
