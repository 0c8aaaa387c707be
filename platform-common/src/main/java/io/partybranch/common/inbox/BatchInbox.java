package io.partybranch.common.inbox;

import io.partybranch.common.events.CloudEvent;
import io.partybranch.common.events.EventsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies a batch of records for a consumer: what the inbox already holds is dropped in bulk, the
 * batch's fresh events are applied in one transaction through the consumer's handler (their inbox
 * rows written in the same transaction), and a record that can never apply is dead-lettered in that
 * transaction too, while the rest of the batch applies. A transient failure rolls everything back and
 * is thrown for the caller to retry the same records: nothing is skipped.
 *
 * <p>A permanent failure that names its event ({@link PoisonEventException#eventId()}) sets that event
 * aside at once; one that does not is found by halving the batch, each half in its own transaction,
 * in order.
 */
@ApplicationScoped
public class BatchInbox {

    private static final Logger LOG = Logger.getLogger(BatchInbox.class);

    @Inject
    IncomingEvents incoming;

    @Inject
    DeadLetters deadLetters;

    @Inject
    EventsConfig config;

    @Inject
    EntityManager entityManager;

    /** A transient failure that stopped a batch; the caller retries the same records later. */
    public static class TransientFailure extends RuntimeException {
        private final Failures.Classified failure;

        TransientFailure(Failures.Classified failure, Throwable cause) {
            super(failure.code() + ": " + failure.reason(), cause);
            this.failure = failure;
        }

        public Failures.Classified failure() {
            return failure;
        }
    }

    /** A record after decoding: an event with its data, or poison with its reason. */
    static final class Item {
        final IncomingRecord record;
        CloudEvent event;
        boolean handled;
        Object data;
        Failures.Classified poison;

        Item(IncomingRecord record) {
            this.record = record;
        }

        boolean appliable() {
            return poison == null && handled;
        }
    }

    public record DeadLettered(IncomingRecord record, UUID eventId, Failures.Classified reason) {
    }

    /** @param applied fresh events the consumer applied; ignored: fresh events of types it knowingly skips */
    public record Outcome(int applied, int ignored, int duplicates, List<DeadLettered> deadLettered) {
        static final Outcome NONE = new Outcome(0, 0, 0, List.of());

        Outcome plus(Outcome other) {
            List<DeadLettered> letters = new ArrayList<>(deadLettered);
            letters.addAll(other.deadLettered);
            return new Outcome(applied + other.applied, ignored + other.ignored, duplicates + other.duplicates, letters);
        }
    }

    /**
     * Applies a batch live, committing as it goes (one transaction, more when poison must be found).
     * @throws TransientFailure when a transient failure stopped it; what committed before stays, and a
     *         retry of the same records finds it in the inbox
     */
    public <D> Outcome process(EventConsumer<D> consumer, List<IncomingRecord> records) {
        List<Item> items = new ArrayList<>(records.size());
        for (IncomingRecord record : records) {
            items.add(decode(consumer, record));
        }
        return isolate(consumer, items);
    }

    private <D> Outcome isolate(EventConsumer<D> consumer, List<Item> items) {
        try {
            return QuarkusTransaction.requiringNew().timeout(timeoutSeconds())
                    .call(() -> applyWithin(consumer, items, true));
        } catch (RuntimeException | Error e) {
            Failures.Classified failure = Failures.classify(e);
            if (failure.isTransient()) {
                throw new TransientFailure(failure, e);
            }
            List<Item> appliable = items.stream().filter(Item::appliable).toList();
            Item blamed = blamed(e, appliable);
            if (blamed == null && appliable.size() == 1) {
                blamed = appliable.get(0);
            }
            if (blamed != null) {
                blamed.poison = failure;
                return isolate(consumer, items);
            }
            if (appliable.isEmpty()) {
                // Only the inbox's own writes were left, and they failed: no record is to blame, so retry.
                throw new TransientFailure(new Failures.Classified(Failures.Kind.TRANSIENT, failure.code(), failure.reason()), e);
            }
            int middle = items.indexOf(appliable.get(appliable.size() / 2));
            Outcome first = isolate(consumer, new ArrayList<>(items.subList(0, middle)));
            return first.plus(isolate(consumer, new ArrayList<>(items.subList(middle, items.size()))));
        }
    }

    private static Item blamed(Throwable failure, List<Item> appliable) {
        for (Throwable t : Failures.chain(failure)) {
            if (t instanceof PoisonEventException poison && poison.eventId() != null) {
                for (Item item : appliable) {
                    if (poison.eventId().equals(item.event.id())) {
                        return item;
                    }
                }
            }
        }
        return null;
    }

    /** Reads a record's envelope, checks its type and decodes its data; poison is marked, never thrown. */
    <D> Item decode(EventConsumer<D> consumer, IncomingRecord record) {
        Item item = new Item(record);
        try {
            item.event = incoming.parse(record.value());
            item.handled = consumer.types().check(item.event.type());
            if (item.handled) {
                item.data = consumer.decode(item.event);
            }
        } catch (RuntimeException e) {
            Failures.Classified failure = Failures.classify(e);
            if (failure.isTransient()) {
                throw new TransientFailure(failure, e);
            }
            item.poison = failure;
        }
        return item;
    }

    /**
     * Inbox, handler and (optionally) dead letters for decoded items, in the caller's transaction.
     * Exceptions propagate; the caller decides what a failure means.
     */
    @SuppressWarnings("unchecked")
    <D> Outcome applyWithin(EventConsumer<D> consumer, List<Item> items, boolean recordDeadLetters) {
        Map<UUID, Item> firsts = new LinkedHashMap<>();
        int duplicates = 0;
        for (Item item : items) {
            if (item.poison == null && firsts.putIfAbsent(item.event.id(), item) != null) {
                duplicates++;
            }
        }
        Set<UUID> fresh = incoming.claim(consumer.name(), firsts.values().stream().map(item -> item.event).toList());
        duplicates += firsts.size() - fresh.size();
        List<DecodedEvent<D>> toApply = new ArrayList<>();
        int ignored = 0;
        for (Item item : firsts.values()) {
            if (fresh.contains(item.event.id())) {
                if (item.handled) {
                    toApply.add(new DecodedEvent<>(item.event, (D) item.data));
                } else {
                    ignored++;
                }
            }
        }
        if (!toApply.isEmpty()) {
            consumer.apply(toApply);
        }
        List<DeadLettered> letters = new ArrayList<>();
        if (recordDeadLetters) {
            for (Item item : items) {
                if (item.poison != null) {
                    UUID eventId = item.event == null ? null : item.event.id();
                    if (deadLetters.record(consumer.name(), item.record, eventId, item.event == null ? null : item.event.type(),
                            item.poison) == 1) {
                        letters.add(new DeadLettered(item.record, eventId, item.poison));
                        // Position and code only: the reason may quote the record's data.
                        LOG.warnf("%s dead-lettered %s (%s)", consumer.name(), item.record.position(), item.poison.code());
                    }
                }
            }
        }
        entityManager.flush();
        return new Outcome(toApply.size(), ignored, duplicates, letters);
    }

    /** A live batch's transaction timeout, which a dead-letter replay of one of its records shares. */
    int timeoutSeconds() {
        return (int) Math.max(1, config.consumer().transactionTimeout().toSeconds());
    }
}
