package io.partybranch.common.inbox;

import io.partybranch.common.events.EventsConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Rebuilds what a consumer derives by replaying its topics from the first record, as a background job:
 * one at a time per consumer (across instances, through the job table), its progress readable while it
 * runs. The replay happens in one transaction, so readers keep the previous state until it commits
 * and a failure leaves it as it was.
 *
 * <p>It skips exactly what the live consumer dead-letters, through the same decoding and the same
 * classification. A record that passes decoding but fails while being applied dooms the transaction;
 * the replay then starts over with that record set aside (its chunk applied one record at a time, to
 * find it), so one bad record never bricks every later rebuild. A transient failure fails the job,
 * keeping the previous state; start it again.
 *
 * <p>The consumer's live loop is held meanwhile: it keeps polling without applying, so no timeout of
 * the client or the group runs out however long the rebuild takes. After it, what the loop delivers
 * again is found in the inbox.
 */
@ApplicationScoped
public class Rebuilds {

    private static final Logger LOG = Logger.getLogger(Rebuilds.class);
    private static final int CHUNK = 500;
    private static final int MAX_ATTEMPTS = 20;

    @Inject
    RebuildJobs jobs;

    @Inject
    EventReplay replay;

    @Inject
    BatchInbox inbox;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ConsumerLoops loops;

    @Inject
    EventsConfig config;

    @Inject
    EntityManager entityManager;

    /** Another rebuild of the same consumer runs; carries its progress. */
    public static class AlreadyRunning extends RuntimeException {
        private final RebuildStatus running;

        AlreadyRunning(RebuildStatus running) {
            super("a rebuild is already running");
            this.running = running;
        }

        public RebuildStatus running() {
            return running;
        }
    }

    /** A record failed while being applied (not while decoded): the transaction is lost. */
    private static final class ApplyFailed extends RuntimeException {
        final List<IncomingRecord> records;

        ApplyFailed(List<IncomingRecord> records, Failures.Classified failure, Throwable cause) {
            super(failure.code() + ": " + failure.reason(), cause);
            this.records = records;
        }
    }

    private record Position(String topic, int partition, long offset) {
        static Position of(IncomingRecord record) {
            return new Position(record.topic(), record.partition(), record.offset());
        }
    }

    /** @throws AlreadyRunning when a rebuild of this consumer runs (here or in another instance) */
    public RebuildStatus start(RebuildTarget target, String requestedBy) {
        String consumer = target.consumer().name();
        UUID id = UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                jobs.abandonStale(consumer, config.rebuild().heartbeatTimeout());
                jobs.insertRunning(id, consumer, requestedBy);
            });
        } catch (RuntimeException e) {
            RebuildStatus running = QuarkusTransaction.requiringNew().call(() -> jobs.running(consumer));
            if (running != null) {
                throw new AlreadyRunning(running);
            }
            throw e;
        }
        Thread.ofPlatform().name("rebuild-" + consumer).daemon().start(() -> run(id, target));
        return status(consumer, id);
    }

    public RebuildStatus status(String consumer, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.find(consumer, id));
    }

    /** The running rebuild of a consumer, or null. */
    public RebuildStatus running(String consumer) {
        return QuarkusTransaction.requiringNew().call(() -> jobs.running(consumer));
    }

    private void run(UUID id, RebuildTarget target) {
        String consumer = target.consumer().name();
        Job job = new Job(id);
        try {
            if (!loops.pause(consumer, config.rebuild().pauseTimeout())) {
                throw new IllegalStateException("the live consumer was still applying a batch after " + config.rebuild().pauseTimeout());
            }
            // What failed live while being applied fails here too: set aside from the start instead of found by starting over.
            Set<Position> setAside = new HashSet<>();
            for (Object[] position : QuarkusTransaction.requiringNew().call(() -> deadLetters.openApplyFailures(consumer))) {
                setAside.add(new Position((String) position[0], ((Number) position[1]).intValue(), ((Number) position[2]).longValue()));
            }
            Set<Position> oneByOne = new HashSet<>();
            while (true) {
                job.startAttempt();
                try {
                    OffsetDateTime asOf = QuarkusTransaction.requiringNew()
                            .timeout((int) Math.min(Integer.MAX_VALUE, config.rebuild().transactionTimeout().toSeconds()))
                            .call(() -> attempt(job, target, setAside, oneByOne));
                    job.finish("SUCCEEDED", asOf, null);
                    LOG.infof("%s rebuilt from %d records (%d applied, %d skipped) in %d attempt(s)", consumer, job.done, job.applied,
                            job.skipped, job.attempts);
                    return;
                } catch (ApplyFailed failed) {
                    if (job.attempts >= MAX_ATTEMPTS) {
                        throw failed;
                    }
                    if (failed.records.size() == 1) {
                        setAside.add(Position.of(failed.records.get(0)));
                        LOG.warnf("%s rebuild sets aside %s, which failed while applied (%s), and starts over", consumer,
                                failed.records.get(0).position(), failed.getMessage());
                    } else {
                        failed.records.forEach(record -> oneByOne.add(Position.of(record)));
                    }
                }
            }
        } catch (Throwable e) {
            Failures.Classified failure = Failures.classify(e);
            LOG.errorf("%s rebuild failed (%s); the previous state is kept", consumer, failure.code());
            job.finish("FAILED", null, failure.code() + ": " + failure.reason());
        } finally {
            loops.resume(consumer);
        }
    }

    private OffsetDateTime attempt(Job job, RebuildTarget target, Set<Position> setAside, Set<Position> oneByOne) {
        EventConsumer<?> consumer = target.consumer();
        // Holds back live inbox inserts of other instances (their first statement), but no reader.
        entityManager.createNativeQuery("lock table processed_event in share row exclusive mode").executeUpdate();
        target.clear();
        entityManager.createNativeQuery("delete from processed_event where consumer = :c").setParameter("c", consumer.name())
                .executeUpdate();
        target.around(
                () -> replay.replay(consumer.topics(), CHUNK, job::total, chunk -> applyChunk(job, consumer, chunk, setAside, oneByOne)));
        entityManager.flush();
        deadLetters.resolveApplied(consumer.name());
        return target.asOf();
    }

    private void applyChunk(Job job, EventConsumer<?> consumer, List<IncomingRecord> chunk, Set<Position> setAside,
            Set<Position> oneByOne) {
        List<BatchInbox.Item> together = new ArrayList<>();
        for (IncomingRecord record : chunk) {
            BatchInbox.Item item = inbox.decode(consumer, record);
            if (setAside.contains(Position.of(record))) {
                item.poison = new Failures.Classified(Failures.Kind.PERMANENT, Failures.APPLY_FAILED, "set aside");
            }
            if (item.poison != null) {
                job.skipped++;
            } else if (oneByOne.contains(Position.of(record))) {
                apply(job, consumer, together);
                together = new ArrayList<>();
                apply(job, consumer, List.of(item));
            } else {
                together.add(item);
            }
        }
        apply(job, consumer, together);
        // One transaction holds every entity the replay touched; without clearing, each flush would dirty-check them all again.
        entityManager.flush();
        entityManager.clear();
        job.done += chunk.size();
        slowDownForTests(chunk.size());
        job.beat();
    }

    private void apply(Job job, EventConsumer<?> consumer, List<BatchInbox.Item> items) {
        if (items.isEmpty()) {
            return;
        }
        try {
            job.applied += inbox.applyWithin(consumer, items, false).applied();
        } catch (RuntimeException e) {
            Failures.Classified failure = Failures.classify(e);
            if (failure.isTransient()) {
                throw e;
            }
            throw new ApplyFailed(items.stream().map(item -> item.record).toList(), failure, e);
        }
    }

    private void slowDownForTests(int records) {
        long millis = config.rebuild().recordDelay().toMillis() * records;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** Progress of one job, written to its row every few seconds in transactions of their own. */
    private final class Job {
        final UUID id;
        Long total;
        long done;
        long applied;
        long skipped;
        int attempts;
        private long lastBeat;

        Job(UUID id) {
            this.id = id;
        }

        void startAttempt() {
            attempts++;
            total = null;
            done = 0;
            applied = 0;
            skipped = 0;
            write();
        }

        void total(long records) {
            total = records;
            write();
        }

        void beat() {
            if (System.nanoTime() - lastBeat > 2_000_000_000L) {
                write();
            }
        }

        void finish(String state, OffsetDateTime asOf, String error) {
            write();
            QuarkusTransaction.requiringNew().run(() -> jobs.finish(id, state, asOf, error));
        }

        private void write() {
            lastBeat = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> jobs.progress(id, total, done, applied, skipped, attempts));
        }
    }
}
