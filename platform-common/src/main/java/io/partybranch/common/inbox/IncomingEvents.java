package io.partybranch.common.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.partybranch.common.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Reading incoming records (envelope and data, ignoring fields a newer producer added) and the inbox
 * itself: {@code processed_event}, where an event id is recorded in the same transaction as its
 * effect, so that a record delivered again finds its id and changes nothing.
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

    /** Reads an event's data into a consumer-side contract class, ignoring fields it does not know. */
    public <T> T data(CloudEvent event, Class<T> type) {
        JsonNode data = event.data();
        if (data == null || data.isNull()) {
            throw new PoisonEventException(PoisonEventException.CONTRACT_VIOLATION,
                    "event " + event.id() + " of type " + event.type() + " has no data", event.id());
        }
        try {
            return lenient.treeToValue(data, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new PoisonEventException(PoisonEventException.CONTRACT_VIOLATION, "event " + event.id() + " of type " + event.type()
                    + " has data that does not match " + type.getSimpleName() + ": " + originalMessage(e), event.id());
        }
    }

    /** A decoded state without its own id breaks every contract: poison, named by the event's id. */
    public static <T> T requireId(CloudEvent event, T state, UUID id) {
        if (id == null) {
            throw new PoisonEventException(PoisonEventException.CONTRACT_VIOLATION, "event " + event.id() + " of type " + event.type()
                    + " has no data.id", event.id());
        }
        return state;
    }

    /**
     * Records events as processed by the consumer, in the caller's transaction, with one statement.
     * @return the ids that were not recorded before: the events to apply now
     */
    public Set<UUID> claim(String consumer, List<CloudEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Object[] ids = events.stream().map(CloudEvent::id).toArray();
            Object[] types = events.stream().map(CloudEvent::type).toArray();
            Array idArray = connection.createArrayOf("uuid", ids);
            Array typeArray = connection.createArrayOf("varchar", types);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id, event_type, processed_at)
                    select ?, u.id, u.type, now() from unnest(?::uuid[], ?::varchar[]) as u(id, type)
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, idArray);
                insert.setArray(3, typeArray);
                Set<UUID> fresh = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getObject(1, UUID.class));
                    }
                }
                return fresh;
            } finally {
                idArray.free();
                typeArray.free();
            }
        });
    }

    /** Reads a record's envelope; a record that is not a valid CloudEvent is poison. */
    public CloudEvent parse(String rawRecord) {
        if (rawRecord == null || rawRecord.isBlank()) {
            throw new PoisonEventException(PoisonEventException.UNPARSEABLE, "empty record");
        }
        CloudEvent event;
        try {
            event = envelopeReader.readValue(rawRecord);
        } catch (IOException e) {
            throw new PoisonEventException(PoisonEventException.UNPARSEABLE, "not a CloudEvents JSON record: " + originalMessage(e));
        }
        if (event.id() == null || event.type() == null || event.source() == null || event.time() == null) {
            throw new PoisonEventException(PoisonEventException.UNPARSEABLE, "CloudEvent lacks id, type, source or time", event.id());
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new PoisonEventException(PoisonEventException.UNPARSEABLE, "unsupported specversion " + event.specversion(), event.id());
        }
        return event;
    }

    private static String originalMessage(Exception e) {
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }
}
