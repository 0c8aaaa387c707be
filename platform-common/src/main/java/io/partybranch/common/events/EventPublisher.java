package io.partybranch.common.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.outbox.OutboxEvent;
import io.partybranch.common.outbox.OutboxRelay;
import io.partybranch.common.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The only way domain code emits an event: it is written to the outbox inside the caller's
 * transaction (MANDATORY), so the change and its event commit or roll back together.
 */
@ApplicationScoped
public class EventPublisher {

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EventsConfig config;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, UUID subject, UUID branchId, Object data) {
        UUID id = UUID.randomUUID();
        CloudEvent event = new CloudEvent(
                CloudEvent.SPEC_VERSION,
                id,
                config.source(),
                type,
                subject.toString(),
                BusinessCalendar.now(),
                CloudEvent.JSON,
                branchId == null ? null : branchId.toString(),
                objectMapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.eventType = type;
        row.subject = event.subject();
        row.partitionKey = event.branchid() != null ? event.branchid() : event.subject();
        row.topic = config.topic()
                .orElseThrow(() -> new IllegalStateException("platform.events.topic is not set: this service publishes no events"));
        row.occurredAt = event.time();
        try {
            row.payload = objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data of " + type + " is not serialisable", e);
        }
        row.persist();
        // Wake the relay once the row is visible; the periodic poll covers the case where this is missed.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return id;
    }
}
