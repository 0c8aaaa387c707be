package io.partybranch.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Bad input over every operation of the service's own OpenAPI document, so a new endpoint is covered
 * the day it is added. A service's test class extends this with {@code @QuarkusTest}.
 *
 * <p>For each operation it sends path ids that are not UUIDs (encoded control characters among them),
 * every query parameter at its type's extremes and with wrong types, bodies of the wrong JSON type,
 * deeply nested or truncated JSON, and a plausible body with one property made wrong (wrong type,
 * oversized text or list, unknown enum value, impossible or out-of-window date, numbers beyond int64
 * and double, NUL, direction overrides, astral characters). {@link BadInputCases} draws the values
 * from a seeded generator: each run covers new ones, and a failure prints the seed to rerun it with
 * {@code -Dbadinput.seed=…}. Every answer must be a 4xx problem+json, and no table of the service's
 * schema (its outbox and audit trail included) may gain or lose a row.
 */
public abstract class BadInputSuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FAILURES_SHOWN = 25;

    @Inject
    DataSource dataSource;

    /**
     * Whether the write check counts this table. Tables that only event consumers write are left out:
     * a consumer may still be applying events another test published.
     */
    protected boolean writtenOnlyByRequests(String table) {
        return !table.equals("processed_event");
    }

    private String service() {
        return getClass().getSimpleName();
    }

    @Test
    void everyOperationAnswersBadInputWithA4xxProblemAndWritesNothing() throws Exception {
        BadInputCases cases = BadInputCases.fromDocument(openApiDocument());
        long seed = cases.seed();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (BadInputCases.Operation operation : cases.operations()) {
            Map<String, Long> before = rowCounts();
            List<BadInputCases.Case> generated = cases.casesFor(operation);
            for (BadInputCases.Case badCase : generated) {
                sent++;
                Response response = send(badCase, "Bearer " + TestTokens.admin());
                int status = response.statusCode();
                String type = response.contentType();
                if (status < 400 || status >= 500 || type == null || !type.startsWith("application/problem+json")) {
                    failures.add(status + " " + type + " for " + badCase + ": " + abbreviate(response.asString()));
                }
            }
            Map<String, Long> after = rowCounts();
            if (!before.equals(after)) {
                failures.add("rows changed by " + operation + " (" + generated.size() + " cases): " + difference(before, after));
            }
        }
        System.out.printf("%s: %d operations, %d bad-input cases, seed %d%n", service(), cases.operations().size(), sent, seed);
        if (!failures.isEmpty()) {
            StringBuilder message = new StringBuilder(failures.size() + " of " + sent + " bad-input cases failed (seed " + seed
                    + "; rerun with -Dbadinput.seed=" + seed + " -Dtest=" + service() + "):\n");
            failures.stream().limit(MAX_FAILURES_SHOWN).forEach(f -> message.append("  ").append(f).append('\n'));
            fail(message.toString());
        }
        assertTrue(sent > cases.operations().size(), "every operation got cases");
    }

    /** A GET has no body: whatever its Content-Type says must not change the answer (no 415). */
    @Test
    void aGetAnswersTheSameWhateverContentTypeItCarries() throws Exception {
        BadInputCases cases = BadInputCases.fromDocument(openApiDocument());
        for (BadInputCases.Operation operation : cases.operations()) {
            if (!operation.method().equals("GET")) {
                continue;
            }
            String path = operation.pathWithIds();
            int plain = raw("GET", path, null, null, "Bearer " + TestTokens.admin()).statusCode();
            int odd = raw("GET", path, "application/x-www-form-urlencoded", null, "Bearer " + TestTokens.admin()).statusCode();
            assertEquals(plain, odd, "GET " + path + " with an odd Content-Type");
        }
    }

    /** Authentication comes before content negotiation: without a token, a body of the wrong type gets 401, not 415. */
    @Test
    void withoutATokenAWrongContentTypeGets401() throws Exception {
        BadInputCases cases = BadInputCases.fromDocument(openApiDocument());
        int checked = 0;
        for (BadInputCases.Operation operation : cases.operations()) {
            if (operation.bodyType() == null) {
                continue;
            }
            checked++;
            String wrongType = operation.bodyType().contains("json") ? "text/plain" : "application/json";
            Response response = raw(operation.method(), operation.pathWithIds(), wrongType, "x".getBytes(StandardCharsets.UTF_8),
                    AdminTokenByDefault.NO_TOKEN);
            assertEquals(401, response.statusCode(), operation + " without a token: " + response.asString());
            assertEquals("/problems/unauthorized", response.jsonPath().getString("type"));
        }
        assertTrue(checked > 0 || cases.operations().stream().allMatch(o -> o.bodyType() == null));
    }

    /** The body limit holds on the bytes read when the body is chunked (no Content-Length) and the service is called directly. */
    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
        BadInputCases cases = BadInputCases.fromDocument(openApiDocument());
        BadInputCases.Operation target = cases.operations().stream().filter(o -> o.bodyType() != null).findFirst().orElse(null);
        if (target == null) {
            return;
        }
        Map<String, Long> before = rowCounts();
        // Whitespace before the value: a reader must consume all of it before it can refuse anything else.
        byte[] body = new byte[1024 * 1024 + 64 * 1024];
        Arrays.fill(body, (byte) ' ');
        body[body.length - 2] = '{';
        body[body.length - 1] = '}';
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + target.pathWithIds()))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + TestTokens.admin())
                .header("Content-Type", target.bodyType())
                .method(target.method(), HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), target + " with a chunked body over 1 MiB: " + abbreviate(response.body()));
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    "413 is problem+json");
        }
        assertEquals(before, rowCounts(), "nothing was written");
    }

    private JsonNode openApiDocument() throws Exception {
        return JSON.readTree(given().header("Authorization", AdminTokenByDefault.NO_TOKEN)
                .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    private static Response send(BadInputCases.Case badCase, String authorization) {
        return raw(badCase.method(), badCase.pathAndQuery(), badCase.contentType(), badCase.body(), authorization);
    }

    private static Response raw(String method, String pathAndQuery, String contentType, byte[] body, String authorization) {
        RequestSpecification request = given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Authorization", authorization);
        if (contentType != null) {
            request = request.contentType(contentType);
        }
        if (body != null) {
            request = request.body(body);
        }
        return request.request(method, pathAndQuery);
    }

    /** Rows per table of the service's schema, counted in one statement. */
    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select table_name, (xpath('/row/c/text()', query_to_xml(
                            format('select count(*) as c from %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint
                        from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE'""")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (writtenOnlyByRequests(table) && !table.startsWith("flyway_")) {
                    counts.put(table, rows.getLong(2));
                }
            }
        }
        assertTrue(!counts.isEmpty(), "the service's schema has tables to watch");
        return counts;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder changed = new StringBuilder();
        after.forEach((table, count) -> {
            Long was = before.get(table);
            if (!count.equals(was)) {
                changed.append(table).append(' ').append(was).append("→").append(count).append("; ");
            }
        });
        return changed.toString();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
