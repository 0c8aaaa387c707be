package io.partybranch.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The platform's HTTP API as a client sees it: JSON in and out, a bearer token, and retries only for
 * what a client should retry (the gateway's 429, a restart's 502/503), each with the same
 * Idempotency-Key so a retried create creates nothing twice.
 */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String base;
    private final String token;

    public Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** A create: 201 expected; the answer's body. */
    public JsonNode post(String path, Object body) {
        return send("POST", path, body, 201);
    }

    /** An action answered 200 (a record, a confirmation). */
    public JsonNode act(String path, Object body) {
        return send("POST", path, body, 200);
    }

    /** Starts a job (a rebuild): answered 202 with the job's Location. */
    public String start(String path) {
        try {
            HttpResponse<String> response = client.send(request("POST", path, null, null), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
            }
            String location = response.headers().firstValue("Location").orElseThrow();
            return location.startsWith("http") ? URI.create(location).getPath() : location;
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public JsonNode get(String path) {
        return send("GET", path, null, 200);
    }

    /** @return the status of a GET, without failing on it */
    public int status(String path) {
        try {
            return client.send(request("GET", path, null, null), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(String method, String path, Object body, int expected) {
        String key = method.equals("POST") ? UUID.randomUUID().toString() : null;
        long backoff = 200;
        for (int attempt = 1;; attempt++) {
            try {
                HttpResponse<String> response = client.send(request(method, path, body, key), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == expected) {
                    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
                }
                if ((status == 429 || status == 502 || status == 503) && attempt < 20) {
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 5_000);
                    continue;
                }
                throw new IllegalStateException(method + " " + path + " answered " + status + ": " + abbreviate(response.body()));
            } catch (IOException e) {
                if (attempt >= 10) {
                    throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
                }
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private HttpRequest request(String method, String path, Object body, String idempotencyKey) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.build();
    }

    private static String abbreviate(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
