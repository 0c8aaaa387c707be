package io.partybranch.common.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "platform.events")
public interface EventsConfig {

    /** CloudEvents {@code source}: the producing service's name. */
    String source();

    /** The service's own topic, e.g. {@code members.events}; absent for a service that only consumes. */
    Optional<String> topic();

    /** Partitions of topics this service creates; a branch's events always land in one of them. */
    @WithDefault("3")
    int partitions();

    /** Topics this service reads, created with its own if missing. */
    Optional<List<String>> ensureTopics();

    /** Replicas of each topic this service creates: 3 in production, 1 for the local stack and tests. */
    @WithDefault("3")
    short replicationFactor();

    /**
     * {@code min.insync.replicas} of the topics this service creates: with {@code acks=all}, a write is
     * acknowledged only once this many replicas hold it (2 of 3 in production).
     */
    @WithDefault("2")
    int minInsyncReplicas();

    /** How often the broker is probed for health, and missing topics retried while it is away. */
    @WithDefault("10s")
    Duration brokerProbeInterval();

    Relay relay();

    Consumer consumer();

    Rebuild rebuild();

    interface Relay {
        /** Off only in tests that simulate a crash between commit and send. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** Longest wait between attempts while the broker refuses or is away. */
        @WithDefault("30s")
        Duration maxBackoff();

        /**
         * Fault injection for the fault suite only (ignored in the prod profile): the process halts
         * after the broker acknowledged a batch and before the rows are marked published.
         */
        @WithDefault("false")
        boolean haltAfterSend();
    }

    interface Consumer {
        /** Off in tests that drive the inbox by hand. */
        @WithDefault("true")
        boolean enabled();

        /** Consumer group; every instance of a service shares it, so each partition is read by one. */
        Optional<String> groupId();

        /** The largest batch applied in one transaction. */
        @WithDefault("500")
        int maxPollRecords();

        /** Timeout of one batch's transaction; a timed-out batch is retried, never skipped. */
        @WithDefault("60s")
        Duration transactionTimeout();

        /** First wait after a transient failure; doubled up to {@link #maxBackoff()}. */
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** Further Kafka consumer properties, e.g. {@code "max.poll.interval.ms"}. */
        Map<String, String> kafka();
    }

    interface Rebuild {
        /** Timeout of a rebuild's one transaction. */
        @WithDefault("6h")
        Duration transactionTimeout();

        /** How long a rebuild waits for the live consumer to finish the batch in hand before it gives up. */
        @WithDefault("2m")
        Duration pauseTimeout();

        /** A running rebuild whose heartbeat is older than this is taken for dead (its process was killed). */
        @WithDefault("2m")
        Duration heartbeatTimeout();

        /** Tests only: a pause after each record, to make a rebuild slow on purpose. */
        @WithDefault("0s")
        Duration recordDelay();
    }
}
