package io.partybranch.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/** Production topics: three replicas, two of them in sync before a write counts, kept forever; all by configuration. */
class TopicSettingsTest {

    private static EventsConfig config(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(EventsConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new MapBackedConfigSource("test", values) {
                }).build();
        return config.getConfigMapping(EventsConfig.class);
    }

    @Test
    void theDefaultsAreTheProductionSettings() {
        NewTopic topic = TopicInitializer.newTopic("members.events", config(Map.of("platform.events.source", "test")));
        assertEquals(3, topic.replicationFactor());
        assertEquals(3, topic.numPartitions());
        assertEquals("2", topic.configs().get("min.insync.replicas"));
        assertEquals("-1", topic.configs().get("retention.ms"));
    }

    @Test
    void theLocalStackAndTestsSetOneReplica() {
        NewTopic topic = TopicInitializer.newTopic("members.events", config(Map.of("platform.events.source", "test",
                "platform.events.replication-factor", "1", "platform.events.min-insync-replicas", "1", "platform.events.partitions", "6")));
        assertEquals(1, topic.replicationFactor());
        assertEquals(6, topic.numPartitions());
        assertEquals("1", topic.configs().get("min.insync.replicas"));
    }
}
