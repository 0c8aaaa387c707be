package io.partybranch.reporting.events;

import io.partybranch.common.events.CloudEvent;
import io.partybranch.common.inbox.DecodedEvent;
import io.partybranch.common.inbox.EventConsumer;
import io.partybranch.common.inbox.EventTypes;
import io.partybranch.common.inbox.IncomingEvents;
import io.partybranch.common.inbox.PoisonEventException;
import io.partybranch.reporting.service.ActivityApplier;
import io.partybranch.reporting.service.ChangeFeedRecorder;
import io.partybranch.reporting.service.DevelopmentApplier;
import io.partybranch.reporting.service.DuesApplier;
import io.partybranch.reporting.service.MemberApplier;
import io.partybranch.reporting.service.ReadModelApplier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Feeds the read models from both topics. platform-common's inbox hands over each batch's fresh
 * events in one transaction; a record that can never apply is dead-lettered there (listed and replayed
 * at {@code /api/v1/read-models/dead-letters}), and the same decoding and appliers serve rebuilds.
 */
@ApplicationScoped
public class EventConsumers implements EventConsumer<Object> {

    public static final String CONSUMER = "reporting";

    /** Every organisation.* and member.* event carries the full new state: any of them upserts. */
    static final List<String> ORGANIZATION_TYPES = List.of("organization.created.v1", "organization.updated.v1", "organization.moved.v1",
            "organization.closed.v1");
    static final List<String> MEMBER_TYPES = List.of("member.registered.v1", "member.updated.v1", "member.status-changed.v1",
            "member.state-changed.v1", "member.group-assigned.v1", "member.transferred.v1");
    static final List<String> OTHER_MEMBERS_TYPES = List.of("committee.elected.v1", "committee.changed.v1", "honour.awarded.v1",
            "sanction.recorded.v1", "transfer.issued.v1", "transfer.rejected.v1");
    static final List<String> ACTIVITIES_TYPES = List.of("activity.planned.v1", "activity.held.v1", "activity.corrected.v1",
            "activity.cancelled.v1", "evaluation.completed.v1", "trust-ballot.recorded.v1");
    static final String DUES_TYPE = "dues-month.updated.v1";
    static final String DEVELOPMENT_TYPE = "development-step.recorded.v1";
    /**
     * Not needed by the read models, but part of the change feed. A new type the read models do not use
     * belongs here rather than among ignored types, so that integrating systems still receive it.
     */
    static final List<String> FEED_ONLY_TYPES = List.of("vote.held.v1", "work-summary.submitted.v1", "work-summary.returned.v1",
            "work-summary.accepted.v1", "due-item.coming-due.v1");

    private static final EventTypes TYPES = EventTypes.handling(Stream.of(ORGANIZATION_TYPES, MEMBER_TYPES,
            OTHER_MEMBERS_TYPES, ACTIVITIES_TYPES, List.of(DUES_TYPE, DEVELOPMENT_TYPE), FEED_ONLY_TYPES).flatMap(List::stream).toList());

    /** What decode makes of an event only the change feed uses. */
    record FeedOnly() {
    }

    @Inject
    IncomingEvents incoming;

    @Inject
    ReadModelApplier readModels;

    @Inject
    ChangeFeedRecorder changeFeed;

    @ConfigProperty(name = "reporting.events.topics", defaultValue = "members.events,activities.events,reporting.events")
    List<String> topics;

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public List<String> topics() {
        return topics;
    }

    @Override
    public EventTypes types() {
        return TYPES;
    }

    @Override
    public Object decode(CloudEvent event) {
        String type = event.type();
        if (FEED_ONLY_TYPES.contains(type)) {
            return new FeedOnly();
        }
        if (ORGANIZATION_TYPES.contains(type)) {
            IncomingContracts.OrganizationState state = incoming.data(event, IncomingContracts.OrganizationState.class);
            return new ReadModelApplier.OrganizationEvent(required(event, state, state.id() == null || state.name() == null
                    || state.type() == null || state.districtCode() == null, "id, name, type and districtCode"), event.time());
        }
        if (MEMBER_TYPES.contains(type)) {
            IncomingContracts.MemberState state = incoming.data(event, IncomingContracts.MemberState.class);
            required(event, state,
                    state.id() == null || state.organizationId() == null || state.gender() == null || state.birthDate() == null
                            || state.politicalStatus() == null || state.statusSince() == null,
                    "id, organizationId, gender, birthDate, politicalStatus and statusSince");
            return new ReadModelApplier.MemberEvent(new MemberApplier.Incoming(state, event.time(),
                    "member.transferred.v1".equals(type) ? event.id() : null));
        }
        return switch (type) {
            case "committee.elected.v1", "committee.changed.v1" -> {
                IncomingContracts.CommitteeState state = incoming.data(event, IncomingContracts.CommitteeState.class);
                yield new ReadModelApplier.CommitteeEvent(IncomingEvents.requireId(event, state, state.id()), event.time());
            }
            case "honour.awarded.v1", "sanction.recorded.v1" -> {
                IncomingContracts.HonourState state = incoming.data(event, IncomingContracts.HonourState.class);
                yield new ReadModelApplier.HonourEvent(IncomingEvents.requireId(event, state, state.id()), branchOf(event), event.time());
            }
            case DUES_TYPE -> dues(event);
            case DEVELOPMENT_TYPE -> {
                IncomingContracts.DevelopmentStepState state = incoming.data(event, IncomingContracts.DevelopmentStepState.class);
                required(event, state, state.memberId() == null || state.organizationId() == null || state.politicalStatus() == null
                        || state.currentStep() == null || state.currentStepOn() == null || state.version() == null
                        || (state.nextStep() == null) != (state.nextStepDueOn() == null),
                        "memberId, organizationId, politicalStatus, currentStep, currentStepOn, version, and nextStep with nextStepDueOn");
                yield new ReadModelApplier.DevelopmentStepEvent(new DevelopmentApplier.Incoming(state, event.time()));
            }
            case "transfer.issued.v1", "transfer.rejected.v1" -> {
                IncomingContracts.TransferState state = incoming.data(event, IncomingContracts.TransferState.class);
                yield new ReadModelApplier.TransferEvent(IncomingEvents.requireId(event, state, state.id()), event.time());
            }
            case "activity.planned.v1", "activity.held.v1", "activity.corrected.v1", "activity.cancelled.v1" -> {
                IncomingContracts.ActivityState state = incoming.data(event, IncomingContracts.ActivityState.class);
                required(event, state, state.id() == null || state.branchId() == null || state.type() == null || state.status() == null
                        || state.plannedFor() == null, "id, branchId, type, status and plannedFor");
                yield new ReadModelApplier.ActivityEvent(new ActivityApplier.Incoming(state, event.time()));
            }
            default -> {
                IncomingContracts.EvaluationState state = incoming.data(event, IncomingContracts.EvaluationState.class);
                yield new ReadModelApplier.EvaluationEvent(required(event, state, state.id() == null || state.branchId() == null
                        || state.period() == null || state.heldOn() == null, "id, branchId, period and heldOn"), event.time());
            }
        };
    }

    /**
     * A batch at a time, set-based; the appliers refuse stale versions. The change feed gets the
     * batch after the read models, so the organisations that scope it are already in the tree.
     */
    @Override
    public void apply(List<DecodedEvent<Object>> events) {
        readModels.apply(events.stream().map(DecodedEvent::data).filter(ReadModelApplier.Decoded.class::isInstance)
                .map(ReadModelApplier.Decoded.class::cast).toList());
        changeFeed.record(events.stream().map(DecodedEvent::event).toList());
    }

    private ReadModelApplier.DuesEvent dues(CloudEvent event) {
        IncomingContracts.DuesMonthState state = incoming.data(event, IncomingContracts.DuesMonthState.class);
        required(event, state, state.id() == null || state.branchId() == null || state.month() == null || state.membersBilled() == null
                || state.membersExempt() == null || state.membersPaid() == null || state.billed() == null || state.paid() == null
                || state.membersBehind() == null || state.membersSixMonthsBehind() == null || state.version() == null,
                "id, branchId, month, the member counts, billed, paid and version");
        try {
            return new ReadModelApplier.DuesEvent(new DuesApplier.Incoming(state, YearMonth.parse(state.month()).atDay(1),
                    fen(state.billed()), fen(state.paid()), event.time()));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new PoisonEventException(PoisonEventException.CONTRACT_VIOLATION, "event " + event.id() + " of type " + event.type()
                    + " has a month that is not yyyy-MM or an amount not to the fen", event.id());
        }
    }

    /** Yuan to the fen as whole fen; anything finer breaks the contract. */
    private static long fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    private static <T> T required(CloudEvent event, T state, boolean missing, String fields) {
        if (missing) {
            throw new PoisonEventException(PoisonEventException.CONTRACT_VIOLATION, "event " + event.id() + " of type " + event.type()
                    + " lacks one of " + fields, event.id());
        }
        return state;
    }

    private static UUID branchOf(CloudEvent event) {
        try {
            return UUID.fromString(event.branchid());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException(PoisonEventException.CONTRACT_VIOLATION, "event " + event.id() + " has no valid branchid",
                    event.id());
        }
    }
}
