package io.partybranch.reporting.service;

import io.partybranch.common.events.CloudEvent;
import io.partybranch.reporting.config.WebhookConfig;
import io.partybranch.reporting.domain.WebhookSignature;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.Executors;

/**
 * POSTs one signed delivery. Bounded on every side: connection and answer timeouts, redirects never
 * followed, and the receiver's body never read (only its status counts), so a receiver can neither
 * stall a worker for long nor make it hold a large answer.
 */
@ApplicationScoped
public class WebhookSender {

    @Inject
    WebhookConfig config;

    @Inject
    WebhookTargetCheck targets;

    private HttpClient client;

    /** @param statusCode null when no answer came */
    public record Result(Integer statusCode, long latencyMs, String error) {
        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    public record Delivery(String url, String eventId, String body, String secret, String previousSecret) {
    }

    @PostConstruct
    void start() {
        client = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    public Result send(Delivery delivery) {
        String refusal = targets.refusal(delivery.url());
        if (refusal != null) {
            return new Result(null, 0, "target refused: the URL " + refusal);
        }
        // The receiver compares this with its own clock to refuse replays: wall-clock time, not business time.
        long timestamp = System.currentTimeMillis() / 1000;
        String signature = WebhookSignature.sign(delivery.secret(), delivery.eventId(), timestamp, delivery.body());
        if (delivery.previousSecret() != null) {
            signature += " " + WebhookSignature.sign(delivery.previousSecret(), delivery.eventId(), timestamp, delivery.body());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(config.requestTimeout())
                .header("Content-Type", CloudEvent.STRUCTURED_CONTENT_TYPE).header("User-Agent", "partybranch-webhooks/1")
                .header("webhook-id", delivery.eventId()).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature).POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return new Result(response.statusCode(), elapsed(started), response.statusCode() / 100 == 2
                    ? null
                    : "the receiver answered " + response.statusCode());
        } catch (HttpTimeoutException e) {
            return new Result(null, elapsed(started), "no answer within " + config.requestTimeout().toSeconds() + " s");
        } catch (IOException e) {
            return new Result(null, elapsed(started), "connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, elapsed(started), "interrupted while delivering");
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
