package io.partybranch.reporting.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.TopicReader;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventConsumersTest {

    private static final String MEMBERS = "members.events";

    @Test
    void appliesMemberEventsOnceEvenWhenDeliveredTwice() {
        UUID branch = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            writer.send(MEMBERS, branch.toString(), organizationCreated(branch));
            UUID member = UUID.randomUUID();
            String registered = memberRegistered(UUID.randomUUID(), member, branch, 0);
            writer.send(MEMBERS, branch.toString(), registered);
            awaitMemberCount(branch, 1);

            // The same event again (a redelivery) and then a different member: only the latter counts.
            writer.send(MEMBERS, branch.toString(), registered);
            writer.send(MEMBERS, branch.toString(), memberRegistered(UUID.randomUUID(), UUID.randomUUID(), branch, 0));
            awaitMemberCount(branch, 2);
            given().get("/api/v1/statistics/organizations/" + branch).then()
                    .body("members.byPoliticalStatus.FULL", equalTo(2))
                    .body("asOf", notNullValue());
        }
    }

    @Test
    void toleratesUnknownFieldsAndDeadLettersWhatCannotBeApplied() {
        UUID branch = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(); TopicReader deadLetters = TopicReader.of("reporting.dead-letter")) {
            writer.send(MEMBERS, branch.toString(), "{not json");
            UUID badId = UUID.randomUUID();
            writer.send(MEMBERS, branch.toString(), TopicWriter.cloudEvent(badId, "members-service", "member.registered.v1",
                    UUID.randomUUID(), branch, Map.of("id", "not-a-uuid")));
            writer.send(MEMBERS, branch.toString(), organizationCreated(branch));

            ConsumerRecord<String, String> garbage = deadLetters.await(r -> r.value().equals("{not json"));
            assertTrue(reason(garbage).contains("not a CloudEvents JSON record"), reason(garbage));
            ConsumerRecord<String, String> mismatched = deadLetters.await(TopicReader.eventWithId(badId));
            assertTrue(reason(mismatched).contains("does not match MemberState"), reason(mismatched));

            // The partition kept flowing: the valid event after the poison ones was applied.
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/api/v1/statistics/organizations/" + branch).then().statusCode(200)
                            .body("organizationName", equalTo("测试党支部")));
        }
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }

    private static void awaitMemberCount(UUID branch, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/statistics/organizations/" + branch).then().statusCode(200)
                        .body("members.total", equalTo(expected)));
    }

    static String organizationCreated(UUID branch) {
        return TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", "organization.created.v1", branch, branch,
                Map.of("id", branch.toString(), "name", "测试党支部", "type", "BRANCH", "districtCode", "320412",
                        "version", 0, "aFieldFromTheFuture", "ignored"));
    }

    static String memberRegistered(UUID eventId, UUID member, UUID branch, long version) {
        return TopicWriter.cloudEvent(eventId, "members-service", "member.registered.v1", member, branch,
                Map.of("id", member.toString(), "organizationId", branch.toString(), "gender", "FEMALE",
                        "birthDate", "1988-05-01", "politicalStatus", "FULL", "statusSince", "2015-07-01",
                        "version", version));
    }
}
