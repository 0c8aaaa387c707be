package io.partybranch.members.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.partybranch.common.testing.PlatformInfrastructure;
import io.partybranch.common.testing.TopicReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberEventsTest {

    @Test
    void registeringAMemberPublishesACloudEventKeyedByTheBranch() {
        String branch = Fixtures.createBranch();
        String member = Fixtures.registerMember(branch, "赵雨桐", "PROBATIONARY");
        try (TopicReader topic = TopicReader.of("members.events")) {
            ConsumerRecord<String, String> record = topic.await(TopicReader.eventWithSubject(MembersEvents.MEMBER_REGISTERED, member));
            JsonNode event = TopicReader.json(record.value());
            assertEquals(branch, record.key());
            assertEquals("1.0", event.path("specversion").asText());
            assertEquals("members-service", event.path("source").asText());
            assertEquals(branch, event.path("branchid").asText());
            assertEquals("PROBATIONARY", event.path("data").path("politicalStatus").asText());
            assertEquals("2012-07-01", event.path("data").path("effectiveDate").asText());

            ConsumerRecord<String, String> created = topic.await(TopicReader.eventWithSubject(MembersEvents.ORGANIZATION_CREATED, branch));
            assertEquals("BRANCH", TopicReader.json(created.value()).path("data").path("type").asText());
        }
    }

    @Test
    void theTopicKeepsEventsForeverSoReadModelsCanBeRebuilt() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformInfrastructure.kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "members.events");
            Config config = admin.describeConfigs(List.of(topic)).all().get(20, TimeUnit.SECONDS).get(topic);
            assertEquals("-1", config.get(TopicConfig.RETENTION_MS_CONFIG).value());
        }
    }
}
