package io.partybranch.common.inbox;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** What a consumer's poll loop is doing, for health and metrics; written by the loop, read by anyone. */
public final class ConsumerStatus {

    public enum State {
        /** Started, waiting for the broker and its topics. */
        STARTING, RUNNING,
        /** Held back by a rebuild; partitions paused, still polling, so still in the group. */
        PAUSED,
        /** The batch in hand failed transiently and is being retried: nothing after it is applied meanwhile. */
        RETRYING, STOPPED
    }

    private volatile State state = State.STARTING;
    private volatile String reason;
    private volatile Instant failingSince;
    private volatile Instant lastBatchAt;
    final AtomicLong applied = new AtomicLong();
    final AtomicLong deadLettered = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    /** Open dead letters as last counted in the database (refreshed periodically). */
    final AtomicLong openDeadLetters = new AtomicLong();

    void state(State state) {
        this.state = state;
    }

    void retrying(String reason) {
        if (failingSince == null) {
            failingSince = Instant.now();
        }
        this.reason = reason;
        state = State.RETRYING;
        retries.incrementAndGet();
    }

    void succeeded() {
        failingSince = null;
        reason = null;
        lastBatchAt = Instant.now();
        if (state == State.RETRYING || state == State.STARTING) {
            state = State.RUNNING;
        }
    }

    public State state() {
        return state;
    }

    /** Why the consumer is retrying, while it is. */
    public String reason() {
        return reason;
    }

    public Instant failingSince() {
        return failingSince;
    }

    public Instant lastBatchAt() {
        return lastBatchAt;
    }

    public long applied() {
        return applied.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    public long retries() {
        return retries.get();
    }

    public long openDeadLetters() {
        return openDeadLetters.get();
    }

    public boolean degraded() {
        return state == State.RETRYING;
    }
}
