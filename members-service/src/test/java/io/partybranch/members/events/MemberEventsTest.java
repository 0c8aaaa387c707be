package io.partybranch.members.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.partybranch.common.testing.PlatformInfrastructure;
import io.partybranch.common.testing.TopicReader;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
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
            assertEquals("2026-06-15", event.path("data").path("effectiveDate").asText(), "the status date, not the recording date");

            ConsumerRecord<String, String> created = topic.await(TopicReader.eventWithSubject(MembersEvents.ORGANIZATION_CREATED, branch));
            assertEquals("BRANCH", TopicReader.json(created.value()).path("data").path("type").asText());
        }
    }

    @Test
    void pipelineStepsTransfersAndElectionsAreAnnounced() {
        String from = Fixtures.createBranch();
        String to = Fixtures.createBranch();
        String mentor = Fixtures.registerMember(from, "培养人", "FULL");
        String applicant = Fixtures.registerMember(from, "申请人", "APPLICANT");
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("toStatus", "ACTIVIST", "effectiveDate", "2026-10-20", "mentorIds", List.of(mentor)))
                .post("/api/v1/members/" + applicant + "/status-changes").then().statusCode(200);
        String transfer = RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("memberId", applicant, "toBranchId", to, "issuedOn", "2026-11-01"))
                .post("/api/v1/transfers").then().statusCode(201).extract().path("id");
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("decidedOn", "2026-11-02"))
                .post("/api/v1/transfers/" + transfer + "/confirmation").then().statusCode(200);
        String committee = RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("branchId", from, "electedOn", "2024-09-01", "members",
                        List.of(Map.of("memberId", mentor, "posts", List.of("SECRETARY")))))
                .post("/api/v1/committees").then().statusCode(201).extract().path("id");

        try (TopicReader topic = TopicReader.of("members.events")) {
            JsonNode step = TopicReader
                    .json(topic.await(TopicReader.eventWithSubject(MembersEvents.MEMBER_STATUS_CHANGED, applicant)).value());
            assertEquals("ACTIVIST", step.path("data").path("politicalStatus").asText());
            assertEquals("2026-10-20", step.path("data").path("effectiveDate").asText());
            ConsumerRecord<String, String> moved = topic.await(TopicReader.eventWithSubject(MembersEvents.MEMBER_TRANSFERRED, applicant));
            assertEquals(to, moved.key(), "a transferred member's events continue in the new branch's partition");
            assertEquals("2026-10-20", TopicReader.json(moved.value()).path("data").path("activistSince").asText(),
                    "the transferred member keeps the activist date of the step taken before the move");
            assertEquals(from, TopicReader.json(moved.value()).path("data").path("previousOrganizationId").asText(),
                    "the data names the branch left, for readers that see this before the member's earlier events");
            JsonNode registered = TopicReader
                    .json(topic.await(TopicReader.eventWithSubject(MembersEvents.MEMBER_REGISTERED, applicant)).value());
            assertEquals(true, registered.path("data").path("previousOrganizationId").isMissingNode(), "only transfers name a branch left");
            JsonNode elected = TopicReader
                    .json(topic.await(TopicReader.eventWithSubject(MembersEvents.COMMITTEE_ELECTED, committee)).value());
            assertEquals("SECRETARY", elected.path("data").path("posts").get(0).path("post").asText());
            assertEquals(List.of(), topic.everythingSoFar(r -> r.value().contains("citizenId") || r.value().contains("phone")),
                    "no event carries a citizen ID or a phone number");
        }
    }

    @Test
    void theTopicKeepsEventsForeverSoReadModelsCanBeRebuilt() throws Exception {
        try (Admin admin = Admin
                .create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformInfrastructure.kafkaBootstrapServers()))) {
            // Topics are ensured in the background once the broker answers.
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> admin.listTopics().names().get(20, TimeUnit.SECONDS).contains("members.events"));
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "members.events");
            Config config = admin.describeConfigs(List.of(topic)).all().get(20, TimeUnit.SECONDS).get(topic);
            assertEquals("-1", config.get(TopicConfig.RETENTION_MS_CONFIG).value());
            // From configuration: 1 with the one test broker, 2 (of 3 replicas) in production.
            assertEquals("1", config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value());
        }
    }
}
