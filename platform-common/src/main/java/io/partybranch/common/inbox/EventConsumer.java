package io.partybranch.common.inbox;

import io.partybranch.common.events.CloudEvent;
import java.util.List;

/**
 * What a service provides to consume events; platform-common runs the poll loop, the inbox, the
 * dead letters and rebuilds around it. Implement it as an {@code @ApplicationScoped} bean.
 *
 * <p>Decoding and applying are separate on purpose: {@link #decode} reads one event and writes
 * nothing, so a record that can never apply is set aside on its own; {@link #apply} then gets a
 * batch's fresh events in order, inside the one transaction that also records them in the inbox.
 *
 * @param <D> what {@link #decode} makes of an event's data
 */
public interface EventConsumer<D> {

    /** The inbox's consumer name ({@code processed_event.consumer}); stable across releases. */
    String name();

    List<String> topics();

    EventTypes types();

    /**
     * Reads the data of an event of a type this consumer applies. Writes nothing.
     * @throws PoisonEventException when the data breaks the type's contract
     */
    D decode(CloudEvent event);

    /**
     * Applies events in the order they arrived (per partition), inside the caller's transaction:
     * never commits or opens transactions of its own. Must refuse stale versions, since a record can
     * come again after later ones (a replay of a dead letter, a resend).
     */
    void apply(List<DecodedEvent<D>> events);
}
