package io.partybranch.reporting.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.testing.BusinessDate;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.OutboxCapture;
import io.partybranch.common.testing.TestRun;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.reporting.PublishedEvents;
import io.partybranch.reporting.events.EventConsumers;
import io.partybranch.reporting.service.DueAnnouncements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * On 25 November 2026 a branch that has held no committee meeting this month is announced once as
 * coming due (5 days left), however often the job runs, also twice at once; the announcement reaches the
 * bureau's webhook subscribed to that type, signed.
 */
@QuarkusTest
class ComingDueEventsTest {

    private static final String COMING_DUE = "due-item.coming-due.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Inject
    DueAnnouncements announcements;

    @Test
    @BusinessDate("2026-11-25")
    void aBranchWithoutItsCommitteeMeetingByThe25thIsAnnouncedOnceAndItsSubscriberReceivesIt() throws Exception {
        String district = TestRun.districtCode();
        UUID committee = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        UUID busy = UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver(); EventFixtures events = new EventFixtures()) {
            events.organization(committee, "预告区教育局党委", "ORG_PARTY_COMMITTEE", null, district);
            events.organization(quiet, "预告静小学党支部", "BRANCH", committee, district);
            events.organization(busy, "预告忙小学党支部", "BRANCH", committee, district);
            events.held(busy, busy, "COMMITTEE_MEETING", "2026-11-10", 1.0);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
            JsonPath subscription = WebhookTest.register(TestTokens.bureau(district), receiver.url("/due"), List.of(COMING_DUE));

            OutboxCapture outbox = OutboxCapture.from(entityManager);
            announcements.announce();
            List<JsonNode> quietItems = announced(outbox, quiet);
            List<JsonNode> meeting = quietItems.stream().filter(e -> e.at("/data/type").asText().equals("COMMITTEE_MEETING")).toList();
            assertEquals(1, meeting.size(), "one announcement of the month's committee meeting: " + quietItems);
            JsonNode data = meeting.getFirst().path("data");
            assertEquals("CADENCE", data.path("kind").asText());
            assertEquals("本月支部委员会尚未召开，剩余5天", data.path("text").asText());
            assertEquals(5, data.path("daysLeft").asInt());
            assertEquals("2026-11-30", data.path("dueOn").asText());
            assertEquals("2026-11-25", data.path("announcedOn").asText());
            assertEquals(quiet.toString(), data.path("reference").asText());
            assertEquals(quiet.toString(), meeting.getFirst().path("branchid").asText(), "keyed by the branch");
            assertTrue(quietItems.stream().noneMatch(e -> e.at("/data/type").asText().equals("GENERAL_MEETING")),
                    "the quarter's general meeting (36 days left) is outside its 10-day lead time");
            assertTrue(announced(outbox, busy).stream().noneMatch(e -> e.at("/data/type").asText().equals("COMMITTEE_MEETING")),
                    "the branch that held its committee meeting owes none");
            PublishedEvents.assertConform(outbox, Set.of(COMING_DUE));

            int busyItems = announced(outbox, busy).size();
            announcements.announce();
            assertEquals(quietItems.size(), announced(outbox, quiet).size(), "a second run announces nothing more");
            assertEquals(busyItems, announced(outbox, busy).size(), "a second run announces nothing more");

            // A meeting planned since is a new item: two runs at once announce it once.
            UUID planned = UUID.randomUUID();
            Map<String, Object> plan = new HashMap<>(Map.of("id", planned.toString(), "organizationId", quiet.toString(),
                    "branchId", quiet.toString(), "type", "GENERAL_MEETING", "title", "党员大会", "status", "PLANNED",
                    "plannedFor", "2026-11-28", "version", 0, "attendance", List.of()));
            events.send(EventFixtures.ACTIVITIES_TOPIC, "activities-service", "activity.planned.v1", planned, quiet, plan);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(announcements::announce);
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(announcements::announce);
            CompletableFuture.allOf(one, other).join();
            List<JsonNode> plannedItems = announced(outbox, quiet).stream()
                    .filter(e -> e.at("/data/kind").asText().equals("PLANNED_ACTIVITY")).toList();
            assertEquals(1, plannedItems.size(), "announced once by two runs at once: " + plannedItems);
            assertEquals(planned.toString(), plannedItems.getFirst().at("/data/reference").asText());
            assertEquals("计划于11月28日召开支部党员大会，剩余3天", plannedItems.getFirst().at("/data/text").asText());
            int total = announced(outbox, quiet).size() + announced(outbox, busy).size();

            // Through the outbox, reporting.events and the change feed to the subscriber, signed, each occurrence once.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/due").size() >= total);
            List<WebhookReceiver.Received> got = receiver.received("/due");
            assertEquals(total, got.size());
            for (WebhookReceiver.Received delivery : got) {
                assertTrue(WebhookTest.signedBy(subscription.getString("secret"), delivery));
                assertEquals(COMING_DUE, JSON.readTree(delivery.body()).path("type").asText());
            }
            assertEquals(1, got.stream().map(d -> read(d.body())).filter(e -> e.at("/branchid").asText().equals(quiet.toString())
                    && e.at("/data/type").asText().equals("COMMITTEE_MEETING")).count());
        }
    }

    private static List<JsonNode> announced(OutboxCapture outbox, UUID branch) {
        return outbox.byType().getOrDefault(COMING_DUE, List.of()).stream().map(ComingDueEventsTest::read)
                .filter(event -> event.path("branchid").asText().equals(branch.toString())).toList();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
