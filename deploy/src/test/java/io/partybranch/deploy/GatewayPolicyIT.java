package io.partybranch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.common.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the README says the nginx gateway does, tried through the real gateway in front of the real
 * stack: per-client rate limits answered with 429 problem+json and Retry-After, the CORS
 * allow-list, the security headers and X-Request-Id on every answer, and that a flood at four times
 * the limit leaves the services responsive. Each test uses its own tokens, so their quotas do not
 * meet and the tests run in any order.
 *
 * <p>The stack runs with a small limit (10 requests per second per client, burst 10) so that going
 * beyond it costs little; the gateway's rules are the same at any rate.
 */
class GatewayPolicyIT {

    static final int RATE = 10;
    static final int BURST = 10;
    private static final String ALLOWED_ORIGIN = "https://portal.example-school.cn";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "x-content-type-options", "nosniff",
            "x-frame-options", "DENY",
            "referrer-policy", "no-referrer",
            "content-security-policy", "default-src 'none'; frame-ancestors 'none'",
            "cache-control", "no-store");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static HttpClient http;

    @BeforeAll
    static void startStack() throws Exception {
        stack = new LocalStack(Map.of("GATEWAY_RATE", Integer.toString(RATE), "GATEWAY_BURST", Integer.toString(BURST)));
        stack.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aClientAboveItsRateGetsA429ProblemWithRetryAfterWhileOthersGoOn() throws Exception {
        String flooding = token("flooding");
        List<HttpResponse<String>> answers = GatewayLoad.burst(http, 4 * BURST, () -> get("/api/v1/organizations?size=1", flooding));

        List<HttpResponse<String>> limited = answers.stream().filter(a -> a.statusCode() == 429).toList();
        List<HttpResponse<String>> served = answers.stream().filter(a -> a.statusCode() == 200).toList();
        assertEquals(answers.size(), limited.size() + served.size(), "every answer is 200 or 429: " + statuses(answers));
        assertTrue(served.size() >= BURST, "the burst allowance is served: " + statuses(answers));
        assertTrue(limited.size() >= 4 * BURST - BURST - 2 * RATE, "what exceeds the burst is refused: " + statuses(answers));

        HttpResponse<String> refused = limited.get(0);
        assertEquals("application/problem+json", refused.headers().firstValue("content-type").orElse(""));
        assertEquals("1", refused.headers().firstValue("retry-after").orElse(""), "Retry-After");
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals("/problems/rate-limited", problem.path("type").asText());
        assertEquals(429, problem.path("status").asInt());
        assertEquals("请求过于频繁", problem.path("title").asText());
        assertSecurityHeadersAndRequestId(refused);
        assertFalse(served.get(0).headers().firstValue("retry-after").isPresent(), "only a refusal says when to retry");

        // Another client is not held back by the first one's flood.
        assertEquals(200, send(get("/api/v1/organizations?size=1", token("bystander"))).statusCode());
        // And the flooding client is served again once its rate allows.
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> send(get("/api/v1/organizations?size=1", flooding)).statusCode() == 200);
    }

    @Test
    void clientsWithoutATokenAreLimitedByAddress() throws Exception {
        List<HttpResponse<String>> answers = GatewayLoad.burst(http, 4 * BURST, () -> get("/api/v1/members", null));
        assertTrue(answers.stream().anyMatch(a -> a.statusCode() == 401), "within the limit the service answers (no token: 401)");
        assertTrue(answers.stream().anyMatch(a -> a.statusCode() == 429), "beyond it the gateway refuses: " + statuses(answers));
        assertTrue(answers.stream().allMatch(a -> a.statusCode() == 401 || a.statusCode() == 429), statuses(answers));
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> send(get("/api/v1/members", null)).statusCode() == 401);
    }

    @Test
    void onlyListedOriginsGetCorsAnswers() throws Exception {
        HttpResponse<String> preflight = send(preflight(ALLOWED_ORIGIN));
        assertEquals(204, preflight.statusCode());
        assertEquals(ALLOWED_ORIGIN, header(preflight, "access-control-allow-origin"));
        assertEquals("GET, POST, PUT, PATCH, DELETE", header(preflight, "access-control-allow-methods"));
        assertTrue(header(preflight, "access-control-allow-headers").contains("Idempotency-Key"),
                header(preflight, "access-control-allow-headers"));
        assertTrue(header(preflight, "access-control-allow-headers").contains("Authorization"));
        assertEquals("600", header(preflight, "access-control-max-age"));
        assertEquals("Origin", header(preflight, "vary"));

        HttpResponse<String> call = send(withOrigin(get("/api/v1/organizations?size=1", token("cors")), ALLOWED_ORIGIN));
        assertEquals(200, call.statusCode());
        assertEquals(ALLOWED_ORIGIN, header(call, "access-control-allow-origin"));
        assertTrue(header(call, "access-control-expose-headers").contains("X-Request-Id"));
        assertEquals(1, call.headers().allValues("access-control-allow-origin").size(), "one origin, never the service's as well");

        // Look-alikes, other schemes and "null" are not on the list: no CORS header at all.
        for (String origin : List.of("https://evil.example", "https://portal.example-school.cn.evil.example",
                "http://portal.example-school.cn", "null")) {
            HttpResponse<String> foreignPreflight = send(preflight(origin));
            assertFalse(foreignPreflight.headers().firstValue("access-control-allow-origin").isPresent(), origin);
            assertFalse(foreignPreflight.headers().firstValue("access-control-allow-methods").isPresent(), origin);
            HttpResponse<String> foreignCall = send(withOrigin(get("/api/v1/organizations?size=1", token("cors")), origin));
            assertFalse(foreignCall.headers().firstValue("access-control-allow-origin").isPresent(), origin);
            assertFalse(foreignCall.headers().firstValue("access-control-expose-headers").isPresent(), origin);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndARequestId() throws Exception {
        String admin = token("headers");
        List<HttpResponse<String>> answers = List.of(
                send(get("/api/v1/organizations?size=1", admin)), // 200 from members
                send(get("/api/v1/statistics/organizations/" + UUID.randomUUID(), admin)), // 404 from reporting
                send(get("/api/v1/activities?size=1", null)), // 401 from activities
                send(get("/api/v1/no-such-thing", admin)), // 404 from the gateway
                send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/organizations"))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "x".repeat(1_100_000) + "\"}")).build()), // 413
                send(preflight(ALLOWED_ORIGIN))); // 204 preflight
        assertEquals(List.of(200, 404, 401, 404, 413, 204), answers.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> answer : answers) {
            assertSecurityHeadersAndRequestId(answer);
        }
        // The request ids differ per request.
        assertEquals(answers.size(), answers.stream().map(a -> header(a, "x-request-id")).distinct().count());
    }

    @Test
    void theRequestIdIsTheClientsWhenSafeAndReachesTheServiceThatRecordsIt() throws Exception {
        String admin = token("request-id");
        String clientId = "portal-" + UUID.randomUUID();
        HttpResponse<String> created = send(withRequestId(post("/api/v1/organizations", admin,
                "{\"name\":\"请求编号区教育局党委\",\"type\":\"ORG_PARTY_COMMITTEE\",\"districtCode\":\"320411\"}"), clientId));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(clientId, header(created, "x-request-id"));
        String organization = JSON.readTree(created.body()).path("id").asText();
        assertEquals(Set.of(clientId), auditRequestIds(organization, admin), "the service's audit trail holds the id the client sent");

        // With an id that is unsafe to log, the gateway makes one up and forwards that one.
        HttpResponse<String> other = send(withRequestId(post("/api/v1/organizations", admin,
                "{\"name\":\"请求编号另区教育局党委\",\"type\":\"ORG_PARTY_COMMITTEE\",\"districtCode\":\"320411\"}"), "bad id with spaces"));
        assertEquals(201, other.statusCode(), other.body());
        String generated = header(other, "x-request-id");
        assertTrue(generated.matches("[0-9a-f]{32}"), "nginx's own id: " + generated);
        assertEquals(Set.of(generated), auditRequestIds(JSON.readTree(other.body()).path("id").asText(), admin));
    }

    @Test
    void fourTimesTheLimitLeavesTheServicesResponsive() throws Exception {
        GatewayLoad.Report report = new GatewayLoad(http, stack).overload(
                List.of(token("flood-1"), token("flood-2")), 4 * RATE, Duration.ofSeconds(5), token("quiet"));
        System.out.println("[overload] " + report);

        assertEquals(0, report.floodOther(), "flood answers other than 200 and 429: " + report);
        assertTrue(report.floodLimited() > 0, "the gateway refused what exceeded the limits: " + report);
        assertTrue(report.floodServed() >= 2 * BURST, "and served what was within them: " + report);
        assertEquals(0, report.healthFailures(), "every health probe answered UP within its timeout: " + report);
        assertTrue(report.healthProbes() >= 3 * 10, "health was probed throughout: " + report);
        assertEquals(0, report.quietFailures(), "a client within its limit was served every time: " + report);
        for (String service : List.of("members", "activities", "reporting")) {
            assertFalse(stack.log(service).contains("has been blocked for"), service + " logged a blocked event-loop or worker thread");
        }
    }

    private static void assertSecurityHeadersAndRequestId(HttpResponse<String> answer) {
        for (Map.Entry<String, String> expected : SECURITY_HEADERS.entrySet()) {
            assertEquals(List.of(expected.getValue()), answer.headers().allValues(expected.getKey()),
                    expected.getKey() + " on a " + answer.statusCode() + " answer to " + answer.request().uri());
        }
        List<String> ids = answer.headers().allValues("x-request-id");
        assertEquals(1, ids.size(), "one X-Request-Id on a " + answer.statusCode() + " answer: " + ids);
        assertFalse(ids.get(0).isBlank());
    }

    private static Set<String> auditRequestIds(String organization, String admin) throws Exception {
        HttpResponse<String> audit = send(get("/api/v1/organizations/" + organization + "/audit-entries?size=50", admin));
        assertEquals(200, audit.statusCode(), audit.body());
        Set<String> ids = new HashSet<>();
        JsonNode items = JSON.readTree(audit.body()).path("items");
        for (JsonNode entry : items) {
            if (entry.path("entityId").asText().equals(organization)) {
                ids.add(entry.path("requestId").asText());
            }
        }
        return ids;
    }

    static String token(String client) {
        return TestTokens.builder("gateway-" + client + "-" + UUID.randomUUID(), "platform-admin").sign("dev-jwt/private-key.pem");
    }

    static HttpRequest get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + path)).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static HttpRequest post(String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(stack.gateway() + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpRequest preflight(String origin) {
        return HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/organizations")).timeout(Duration.ofSeconds(10))
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    }

    private static HttpRequest withOrigin(HttpRequest request, String origin) {
        return HttpRequest.newBuilder(request, (name, value) -> true).header("Origin", origin).build();
    }

    private static HttpRequest withRequestId(HttpRequest request, String id) {
        return HttpRequest.newBuilder(request, (name, value) -> true).header("X-Request-Id", id).build();
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> answer, String name) {
        return answer.headers().firstValue(name).orElse("");
    }

    private static String statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(a -> Integer.toString(a.statusCode())).reduce((a, b) -> a + " " + b).orElse("");
    }
}
