package io.partybranch.common.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "platform.events")
public interface EventsConfig {

    /** CloudEvents {@code source}: the producing service's name. */
    String source();

    /** The service's own topic, e.g. {@code members.events}; absent for a service that only consumes. */
    java.util.Optional<String> topic();

    /** Partitions of topics this service creates; a branch's events always land in one of them. */
    @WithDefault("3")
    int partitions();

    /** Topics this service reads or dead-letters to, created with its own if missing. */
    java.util.Optional<java.util.List<String>> ensureTopics();

    @WithDefault("1")
    short replicationFactor();

    Relay relay();

    interface Relay {
        /** Off only in tests that simulate a crash between commit and send. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();
    }
}
