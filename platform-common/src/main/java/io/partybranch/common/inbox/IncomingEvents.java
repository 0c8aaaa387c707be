package io.partybranch.common.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.partybranch.common.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;

/**
 * Applies an incoming event exactly once per consumer: the event id is recorded in
 * {@code processed_event} in the same transaction as the handler's effect, so a redelivery
 * finds the id and changes nothing. A record that cannot be parsed or applied throws, which the
 * messaging layer turns into a dead-letter record carrying the reason.
 */
@ApplicationScoped
public class IncomingEvents {

    @Inject
    EntityManager entityManager;

    private final ObjectReader envelopeReader;
    private final ObjectMapper lenient;

    @Inject
    public IncomingEvents(ObjectMapper objectMapper) {
        // Consumers must tolerate fields added by newer producers, whatever the HTTP side enforces.
        this.lenient = objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.envelopeReader = lenient.readerFor(CloudEvent.class);
    }

    /** @return true if the handler ran, false if this consumer had already processed the event. */
    @Transactional
    public boolean apply(String consumer, String rawRecord, EventHandler handler) {
        CloudEvent event = parse(rawRecord);
        if (!markProcessed(consumer, event)) {
            return false;
        }
        handler.handle(event);
        return true;
    }

    /** Reads an event's data into a consumer-side contract class, ignoring fields it does not know. */
    public <T> T data(CloudEvent event, Class<T> type) {
        JsonNode data = event.data();
        if (data == null || data.isNull()) {
            throw new PoisonEventException("event " + event.id() + " of type " + event.type() + " has no data");
        }
        try {
            return lenient.treeToValue(data, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new PoisonEventException("event " + event.id() + " of type " + event.type()
                    + " has data that does not match " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Records the event as processed by the consumer, in the caller's transaction, for a replay that
     * applies the event itself.
     * @return false if it was already recorded
     */
    public boolean markProcessed(String consumer, CloudEvent event) {
        return entityManager.createNativeQuery(
                        "insert into processed_event (consumer, event_id, event_type, processed_at) "
                                + "values (:consumer, :id, :type, now()) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
    }

    /** Reads a record's envelope; a record that is not a valid CloudEvent is poison. */
    public CloudEvent parse(String rawRecord) {
        if (rawRecord == null || rawRecord.isBlank()) {
            throw new PoisonEventException("empty record");
        }
        CloudEvent event;
        try {
            event = envelopeReader.readValue(rawRecord);
        } catch (IOException e) {
            throw new PoisonEventException("not a CloudEvents JSON record: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (event.id() == null || event.type() == null || event.source() == null || event.time() == null) {
            throw new PoisonEventException("CloudEvent lacks id, type, source or time");
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new PoisonEventException("unsupported specversion " + event.specversion());
        }
        return event;
    }

    @FunctionalInterface
    public interface EventHandler {
        void handle(CloudEvent event);
    }
}
