package io.partybranch.common.inbox;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * One consumer's poll loop on its own thread: poll a batch, hand it to the inbox, commit the offsets
 * once its transaction committed. A transient failure keeps the batch in hand and retries it with
 * backoff; meanwhile the partitions are paused and the loop keeps polling, so the consumer stays in its
 * group and nothing after the batch is read. A rebuild holds the loop the same way for as long as it
 * runs. A partition taken away by a rebalance is dropped from the batch in hand: its next owner
 * starts from the last committed offset, and the inbox drops what was applied twice.
 */
final class ConsumerLoop {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final EventConsumer<?> consumer;
    private final BatchInbox inbox;
    private final Properties properties;
    private final BooleanSupplier topicsReady;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    final ConsumerStatus status = new ConsumerStatus();

    private final Object lock = new Object();
    /** Guarded by {@link #lock}: a batch is being applied. */
    private boolean inFlight;
    private volatile boolean pauseRequested;
    private volatile boolean running;
    private Thread thread;

    // Touched by the loop thread only (the Kafka consumer is not thread-safe).
    private KafkaConsumer<String, String> kafka;
    private final Set<TopicPartition> revoked = new HashSet<>();
    private boolean partitionsPaused;

    ConsumerLoop(EventConsumer<?> consumer, BatchInbox inbox, Properties properties, BooleanSupplier topicsReady,
            Duration initialBackoff, Duration maxBackoff) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.properties = properties;
        this.topicsReady = topicsReady;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    String name() {
        return consumer.name();
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("events-consumer-" + consumer.name()).daemon().start(this::run);
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    boolean alive() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    /** Asks the loop to apply nothing until {@link #resume()}; it keeps polling, so it stays in the group. */
    void pause() {
        pauseRequested = true;
    }

    void resume() {
        pauseRequested = false;
    }

    /** After {@link #pause()}: waits for the batch in hand, if any. @return false if it was still applying when time ran out */
    boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            while (inFlight) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
        return true;
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                if (kafka == null) {
                    if (!topicsReady.getAsBoolean()) {
                        Thread.sleep(POLL.toMillis());
                        continue;
                    }
                    kafka = new KafkaConsumer<>(properties);
                    kafka.subscribe(consumer.topics(), new Rebalances());
                }
                followPauseRequest();
                ConsumerRecords<String, String> records = kafka.poll(POLL);
                if (status.state() == ConsumerStatus.State.STARTING) {
                    status.state(pauseRequested ? ConsumerStatus.State.PAUSED : ConsumerStatus.State.RUNNING);
                }
                if (!records.isEmpty()) {
                    deliverAndCommit(records);
                }
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Throwable e) {
                // The Kafka client itself failed (or something unforeseen did): start afresh from the committed offsets.
                status.retrying("consumer: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                LOG.warnf("event consumer %s failed (%s), restarting it", consumer.name(), e.toString());
                closeKafka();
                if (!sleepQuietly(backoff(failures++))) {
                    break;
                }
            }
        }
        closeKafka();
        status.state(ConsumerStatus.State.STOPPED);
    }

    private void deliverAndCommit(ConsumerRecords<String, String> records) {
        List<IncomingRecord> batch = Positions.of(records);
        synchronized (lock) {
            if (pauseRequested) {
                // Polled just as a rebuild asked for the pause: read again after it.
                rewind(batch);
                return;
            }
            inFlight = true;
        }
        try {
            List<IncomingRecord> delivered = deliver(batch);
            commit(delivered);
        } finally {
            synchronized (lock) {
                inFlight = false;
                lock.notifyAll();
            }
        }
    }

    /** @return the records applied (all of the batch, less partitions revoked meanwhile), or none if set aside */
    private List<IncomingRecord> deliver(List<IncomingRecord> batch) {
        List<IncomingRecord> pending = batch;
        int attempt = 0;
        while (running) {
            try {
                BatchInbox.Outcome outcome = inbox.process(consumer, pending);
                status.applied.addAndGet(outcome.applied());
                status.deadLettered.addAndGet(outcome.deadLettered().size());
                status.openDeadLetters.addAndGet(outcome.deadLettered().size());
                status.succeeded();
                return pending;
            } catch (RuntimeException | Error e) {
                Failures.Classified failure = e instanceof BatchInbox.TransientFailure transientFailure
                        ? transientFailure.failure()
                        : Failures.classify(e);
                // Whatever escaped the inbox is retried: a record is never skipped without a dead letter.
                status.retrying(failure.code() + ": " + failure.reason());
                LOG.warnf("event consumer %s: batch of %d records failed (%s), retry %d", consumer.name(), pending.size(),
                        failure.code(), attempt + 1);
                if (pauseRequested) {
                    rewind(pending);
                    return List.of();
                }
                if (!holdFor(backoff(attempt++))) {
                    return List.of();
                }
                pending = withoutRevoked(pending);
                if (pending.isEmpty()) {
                    return pending;
                }
            }
        }
        return List.of();
    }

    /** Waits, polling with every partition paused; @return false if the loop is stopping */
    private boolean holdFor(Duration wait) {
        kafka.pause(kafka.assignment());
        partitionsPaused = true;
        long deadline = System.nanoTime() + wait.toNanos();
        while (running && !pauseRequested) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            ConsumerRecords<String, String> unexpected = kafka.poll(Duration.ofNanos(Math.min(left, POLL.toNanos())));
            if (!unexpected.isEmpty()) {
                rewind(Positions.of(unexpected));
            }
        }
        followPauseRequest();
        return running;
    }

    private void followPauseRequest() {
        if (pauseRequested) {
            kafka.pause(kafka.assignment());
            partitionsPaused = true;
            status.state(ConsumerStatus.State.PAUSED);
        } else if (partitionsPaused) {
            kafka.resume(kafka.assignment());
            partitionsPaused = false;
            if (status.state() == ConsumerStatus.State.PAUSED) {
                status.state(ConsumerStatus.State.RUNNING);
            }
        }
    }

    private List<IncomingRecord> withoutRevoked(List<IncomingRecord> records) {
        if (revoked.isEmpty()) {
            return records;
        }
        List<IncomingRecord> kept = records.stream().filter(record -> !revoked.contains(Positions.partition(record))).toList();
        revoked.clear();
        return kept;
    }

    /** Moves each partition back to the first of the given records, so they are read again. */
    private void rewind(List<IncomingRecord> records) {
        Positions.firsts(records, kafka.assignment()).forEach(kafka::seek);
    }

    private void commit(List<IncomingRecord> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        try {
            kafka.commitSync(Positions.nexts(delivered, kafka.assignment()), Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            // The effects are committed; these records come again and the inbox finds them.
            LOG.infof("event consumer %s could not commit offsets (%s); the records will be delivered again and skipped",
                    consumer.name(), e.toString());
        }
    }

    private Duration backoff(int attempt) {
        long millis = initialBackoff.toMillis() << Math.min(attempt, 16);
        return Duration.ofMillis(Math.min(Math.max(millis, 1), maxBackoff.toMillis()));
    }

    private boolean sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void closeKafka() {
        if (kafka != null) {
            try {
                kafka.close(Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                LOG.debugf("closing event consumer %s: %s", consumer.name(), e.toString());
            }
            kafka = null;
            partitionsPaused = false;
            revoked.clear();
        }
    }

    /** Runs inside poll(), on the loop thread. */
    private final class Rebalances implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            revoked.addAll(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            revoked.addAll(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            revoked.removeAll(partitions);
            if (partitionsPaused || pauseRequested) {
                kafka.pause(partitions);
            }
        }
    }
}
