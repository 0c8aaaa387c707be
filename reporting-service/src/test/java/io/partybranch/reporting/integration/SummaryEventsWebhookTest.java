package io.partybranch.reporting.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.testing.BusinessDate;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.TestRun;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.reporting.SummarySteps;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A summary submitted, returned, resubmitted and accepted reaches the bureau's webhook receiver as it
 * happened: reporting publishes on reporting.events through its outbox, consumes its own topic into the
 * change feed, and delivers from there, signed and in order.
 */
@QuarkusTest
class SummaryEventsWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TYPES = List.of("work-summary.submitted.v1", "work-summary.returned.v1", "work-summary.accepted.v1");

    @Inject
    EntityManager entityManager;

    @Test
    @BusinessDate("2026-02-05")
    void everyStepOfTheReviewReachesTheSubscriberSignedAndInOrder() throws Exception {
        String district = TestRun.districtCode();
        UUID committee = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        try (WebhookReceiver receiver = new WebhookReceiver(); EventFixtures events = new EventFixtures()) {
            events.organization(committee, "推送区教育局党委", "ORG_PARTY_COMMITTEE", null, district);
            events.organization(branch, "推送实验小学党支部", "BRANCH", committee, district);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
            String bureau = "Bearer " + TestTokens.bureau(district);
            String school = "Bearer " + TestTokens.school(branch);
            JsonPath subscription = WebhookTest.register(TestTokens.bureau(district), receiver.url("/summaries"), TYPES);

            String id = SummarySteps.draft(school, branch, "2025-S1");
            SummarySteps.submit(school, id);
            SummarySteps.giveBack(bureau, id, "请补充下一步工作打算。");
            SummarySteps.write(school, id, "PLANS", "下学期继续推进“一支部一品牌”建设。");
            SummarySteps.submit(school, id);
            SummarySteps.accept(bureau, id);

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/summaries").size() >= 4);
            List<String> types = new ArrayList<>();
            List<Integer> submissions = new ArrayList<>();
            for (WebhookReceiver.Received delivery : receiver.received("/summaries")) {
                assertTrue(WebhookTest.signedBy(subscription.getString("secret"), delivery), "a valid signature");
                JsonNode event = JSON.readTree(delivery.body());
                assertEquals(id, event.path("subject").asText());
                assertEquals(branch.toString(), event.path("branchid").asText());
                types.add(event.path("type").asText());
                submissions.add(event.at("/data/submission").asInt());
            }
            assertEquals(
                    List.of("work-summary.submitted.v1", "work-summary.returned.v1", "work-summary.submitted.v1",
                            "work-summary.accepted.v1"),
                    types);
            assertEquals(List.of(1, 1, 2, 2), submissions);
            assertTrue(receiver.received("/summaries").get(1).body().contains("请补充下一步工作打算。"), "the reviewer's comment");
        }
    }
}
