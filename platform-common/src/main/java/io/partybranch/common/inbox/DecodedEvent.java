package io.partybranch.common.inbox;

import io.partybranch.common.events.CloudEvent;

/** An event with its data read into the consumer's own contract. */
public record DecodedEvent<D>(CloudEvent event, D data) {
}
