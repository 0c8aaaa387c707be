package io.partybranch.reporting.integration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.TestRun;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Webhooks against a real HTTP receiver in this JVM: signed, in order, scoped, masked, retried, parked and replayed. */
@QuarkusTest
class WebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    /** A district with one branch, fresh for each test. */
    record District(String code, UUID committee, UUID branch) {
    }

    District district(EventFixtures events) {
        District district = new District(TestRun.districtCode(), UUID.randomUUID(), UUID.randomUUID());
        events.organization(district.committee(), "教育局党委", "COMMITTEE", null, district.code());
        events.organization(district.branch(), "实验中学党支部", "BRANCH", district.committee(), district.code());
        events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        return district;
    }

    static JsonPath register(String token, String url, List<String> types) {
        Map<String, Object> body = types == null ? Map.of("url", url) : Map.of("url", url, "types", types);
        return given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .post("/api/v1/webhooks").then().statusCode(201).header("Location", Matchers.containsString("/api/v1/webhooks/"))
                .extract().jsonPath();
    }

    /** Verifies as a receiver would, with its own HMAC: one of the signatures must match the secret. */
    static boolean signedBy(String secret, WebhookReceiver.Received delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal((delivery.id() + "." + delivery.timestamp() + "."
                + delivery.body()).getBytes(StandardCharsets.UTF_8)));
        return List.of(delivery.signature().split(" ")).contains(expected);
    }

    @Test
    void aBureausReceiverGetsItsDistrictsEventsSignedInOrderAndMasked() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(); EventFixtures events = new EventFixtures()) {
            District ours = district(events);
            District theirs = district(events);
            String token = TestTokens.bureau(ours.code());
            JsonPath subscription = register(token, receiver.url("/ours"), null);
            String secret = subscription.getString("secret");
            assertTrue(secret.startsWith("whsec_"));
            String id = subscription.getString("id");
            // Nothing of what happened before the registration is delivered.
            List<UUID> expected = new ArrayList<>();
            UUID member = UUID.randomUUID();
            events.member(member, ours.branch()).full("2010-07-01", "2011-07-01").send();
            events.member(UUID.randomUUID(), theirs.branch()).full("2010-07-01", "2011-07-01").send();
            for (int i = 1; i <= 5; i++) {
                expected.add(events.held(ours.branch(), ours.branch(), "THEME_DAY", "2026-09-0" + i, 0.5));
                events.held(theirs.branch(), theirs.branch(), "THEME_DAY", "2026-09-0" + i, 0.5);
            }
            long started = System.nanoTime();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/ours").size() >= 6);
            System.out.printf("webhook: 6 events delivered %d ms after the last was sent%n", (System.nanoTime() - started) / 1_000_000);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);

            List<WebhookReceiver.Received> got = receiver.received("/ours");
            List<String> activityIds = new ArrayList<>();
            for (WebhookReceiver.Received delivery : got) {
                assertTrue(signedBy(secret, delivery), "a valid Standard Webhooks signature");
                assertEquals("application/cloudevents+json", delivery.contentType());
                JsonNode event = JSON.readTree(delivery.body());
                assertEquals(event.path("id").asText(), delivery.id(), "webhook-id is the event id");
                assertTrue(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(delivery.timestamp())) < 300);
                if (event.path("type").asText().equals("member.registered.v1")) {
                    assertEquals(member.toString(), event.path("subject").asText());
                    assertFalse(event.path("data").has("birthDate"), "a bureau's deliveries are masked as its reads are");
                    assertEquals(1985, event.path("data").path("birthYear").asInt());
                } else {
                    assertEquals(ours.branch().toString(), event.path("branchid").asText(), "nothing of another district");
                    activityIds.add(event.path("data").path("id").asText());
                }
            }
            assertEquals(expected.stream().map(UUID::toString).toList(), activityIds, "the branch's events in order, each once");

            JsonPath log = given().header("Authorization", "Bearer " + token).get("/api/v1/webhooks/" + id + "/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(6, log.getInt("total"));
            assertEquals(List.of("DELIVERED"), log.getList("items.outcome").stream().distinct().toList());
            assertEquals(List.of(204), log.getList("items.statusCode").stream().distinct().toList());

            // Another token's subscription is not found; an outside district may not be subscribed to.
            given().header("Authorization", "Bearer " + TestTokens.bureau(theirs.code())).get("/api/v1/webhooks/" + id).then()
                    .statusCode(404);
            given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .body(Map.of("url", receiver.url("/x"), "districts", List.of(theirs.code()))).post("/api/v1/webhooks").then()
                    .statusCode(403);

            // Rotation: for a while deliveries carry the new and the old signature.
            String rotated = given().header("Authorization", "Bearer " + token).post("/api/v1/webhooks/" + id + "/rotate-secret")
                    .then().statusCode(200).extract().path("secret");
            UUID afterRotation = events.held(ours.branch(), ours.branch(), "THEME_DAY", "2026-09-20", 0.5);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/ours").size() >= 7);
            WebhookReceiver.Received last = receiver.received("/ours").getLast();
            assertTrue(last.body().contains(afterRotation.toString()));
            assertTrue(signedBy(rotated, last));
            assertTrue(signedBy(secret, last));

            // Paused: nothing is delivered until resumed, then the held-back event comes.
            given().header("Authorization", "Bearer " + token).post("/api/v1/webhooks/" + id + "/pause").then().statusCode(200)
                    .body("status", Matchers.equalTo("PAUSED"));
            JsonPath witness = register(token, receiver.url("/witness"), List.of("activity.held.v1"));
            UUID whilePaused = events.held(ours.branch(), ours.branch(), "THEME_DAY", "2026-09-21", 0.5);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/witness").size() >= 1);
            assertEquals(7, receiver.received("/ours").size(), "a paused subscription gets nothing");
            given().header("Authorization", "Bearer " + token).post("/api/v1/webhooks/" + id + "/resume").then().statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/ours").size() >= 8);
            assertTrue(receiver.received("/ours").getLast().body().contains(whilePaused.toString()));

            for (String subscriptionId : List.of(id, witness.getString("id"))) {
                given().header("Authorization", "Bearer " + token).delete("/api/v1/webhooks/" + subscriptionId).then().statusCode(204);
                given().header("Authorization", "Bearer " + token).get("/api/v1/webhooks/" + subscriptionId).then().statusCode(404);
            }
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffThenParkedAndReplayed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(); EventFixtures events = new EventFixtures()) {
            District ours = district(events);
            String token = TestTokens.bureau(ours.code());
            receiver.fail("/flaky", 2, 500);
            receiver.fail("/down", Integer.MAX_VALUE, 503);
            JsonPath flaky = register(token, receiver.url("/flaky"), List.of("activity.held.v1"));
            JsonPath down = register(token, receiver.url("/down"), List.of("activity.held.v1"));
            UUID first = events.held(ours.branch(), ours.branch(), "THEME_DAY", "2026-10-01", 0.5);
            UUID second = events.held(ours.branch(), ours.branch(), "THEME_DAY", "2026-10-02", 0.5);

            // Two 500s, then delivered; the second event only after the first.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/flaky").size() >= 4);
            List<WebhookReceiver.Received> got = receiver.received("/flaky");
            assertEquals(List.of(first, first, first, second).stream().map(UUID::toString).toList(),
                    got.stream().map(r -> dataId(r.body())).toList());
            assertEquals(got.get(0).id(), got.get(2).id(), "a retry carries the same webhook-id");
            JsonPath log = given().header("Authorization", "Bearer " + token).queryParam("size", 50)
                    .get("/api/v1/webhooks/" + flaky.getString("id") + "/deliveries").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> attempts = new ArrayList<>(log.getList("items"));
            Collections.reverse(attempts);
            assertEquals(List.of(1, 2, 3, 1), attempts.stream().map(a -> a.get("attempt")).toList());
            assertEquals(List.of("FAILED", "FAILED", "DELIVERED", "DELIVERED"), attempts.stream().map(a -> a.get("outcome")).toList());
            assertEquals(Arrays.asList(500, 500, 204, 204), attempts.stream().map(a -> a.get("statusCode")).toList());
            assertTrue(attempts.stream().allMatch(a -> ((Number) a.get("latencyMs")).longValue() >= 0));
            Object secondAttempt = attempts.get(1).get("attemptedAt");
            Object firstAttempt = attempts.get(0).get("attemptedAt");
            assertTrue(OffsetDateTime.parse((String) secondAttempt).isAfter(OffsetDateTime.parse((String) firstAttempt)
                    .plusNanos(150_000_000)), "the retry waited its backoff");

            // Always failing: retried until give-up-after (3 s in tests), then parked; the next event goes on.
            String downId = down.getString("id");
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given().header("Authorization", "Bearer " + token)
                    .get("/api/v1/webhooks/" + downId + "/parked").then().extract().jsonPath().getInt("total") == 2);
            JsonPath parked = given().header("Authorization", "Bearer " + token).get("/api/v1/webhooks/" + downId + "/parked")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(first.toString(), second.toString()), parked.getList("items.eventId").stream().map(
                    e -> dataIdOfEvent((String) e, receiver.received("/down"))).toList());
            assertTrue(parked.getInt("items[0].attempts") >= 3, "retried before parking");
            assertTrue(parked.getString("items[0].reason").contains("503"));
            receiver.fail("/down", 0, 503);
            given().header("Authorization", "Bearer " + token).post("/api/v1/webhooks/" + downId + "/parked/replay").then().statusCode(200)
                    .body("delivered", Matchers.equalTo(2)).body("stillFailing", Matchers.equalTo(0));
            given().header("Authorization", "Bearer " + token).get("/api/v1/webhooks/" + downId + "/parked").then()
                    .body("total", Matchers.equalTo(0));
            given().header("Authorization", "Bearer " + token).queryParam("size", 200).get("/api/v1/webhooks/" + downId + "/deliveries")
                    .then()
                    .body("items.outcome", Matchers.hasItems("FAILED", "PARKED", "REPLAYED"));

            for (String id : List.of(flaky.getString("id"), downId)) {
                given().header("Authorization", "Bearer " + token).delete("/api/v1/webhooks/" + id).then().statusCode(204);
            }
        }
    }

    @Test
    void registrationsAreRefusedWhereTheyMustBe() {
        String token = TestTokens.bureau(TestRun.districtCode());
        given().header("Authorization", "Bearer " + token).contentType("application/json").body(Map.of("url", "ftp://example.org/x"))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", Matchers.equalTo("url"));
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Map.of("url", "https://example.org/x", "types", List.of("activity.held")))
                .post("/api/v1/webhooks").then().statusCode(400);
        given().header("Authorization", "Bearer " + TestTokens.auditor("110101")).contentType("application/json")
                .body(Map.of("url", "https://example.org/x")).post("/api/v1/webhooks").then().statusCode(403);
        given().header("Authorization", "Bearer " + token).get("/api/v1/webhooks/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static String dataId(String body) {
        try {
            return JSON.readTree(body).path("data").path("id").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String dataIdOfEvent(String eventId, List<WebhookReceiver.Received> deliveries) {
        return deliveries.stream().filter(d -> d.id().equals(eventId)).map(d -> dataId(d.body())).findFirst().orElseThrow();
    }
}
