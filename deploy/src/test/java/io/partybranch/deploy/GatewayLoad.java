package io.partybranch.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounded load for the gateway tests: a fixed number of requests at a fixed pace, never open-ended,
 * and only to the local stack. Figures are printed, never asserted against a time.
 */
final class GatewayLoad {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private final HttpClient http;
    private final LocalStack stack;

    GatewayLoad(HttpClient http, LocalStack stack) {
        this.http = http;
        this.stack = stack;
    }

    /** What the flood got, and how health probes and a well-behaved client fared meanwhile. */
    record Report(int floodSent, int floodServed, int floodLimited, int floodOther, int healthProbes, int healthFailures,
            long healthMedianMillis, long healthMaxMillis, int quietRequests, int quietFailures, long quietMedianMillis,
            long quietMaxMillis) {
    }

    /** {@code count} requests sent at once, all answered before this returns. */
    static List<HttpResponse<String>> burst(HttpClient http, int count, Supplier<HttpRequest> request) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(http.sendAsync(request.get(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            answers.add(answer.join());
        }
        return answers;
    }

    /**
     * Each flooding token sends {@code perTokenRate} requests a second for {@code duration};
     * meanwhile every service's readiness is probed directly four times a second and the quiet
     * token sends two requests a second through the gateway.
     */
    Report overload(List<String> floodTokens, int perTokenRate, Duration duration, String quietToken) throws Exception {
        ScheduledExecutorService pacer = Executors.newScheduledThreadPool(2);
        ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        List<Long> healthMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger healthFailures = new AtomicInteger();
        List<Long> quietMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger quietFailures = new AtomicInteger();
        int floodRequestsPerToken = (int) (perTokenRate * duration.toSeconds());
        // Counted down by each paced task once it has sent its last request.
        CountDownLatch allSent = new CountDownLatch(floodTokens.size() + 2);
        try {
            for (String token : floodTokens) {
                paced(pacer, floodRequestsPerToken, 1_000_000 / perTokenRate, allSent, () -> {
                    sent.incrementAndGet();
                    inFlight.add(http
                            .sendAsync(GatewayPolicyIT.get("/api/v1/organizations?size=20", token), HttpResponse.BodyHandlers.ofString())
                            .whenComplete((answer, failure) -> {
                                int status = failure == null ? answer.statusCode() : -1;
                                (status == 200 ? served : status == 429 ? limited : other).incrementAndGet();
                            }));
                });
            }
            paced(pacer, (int) (duration.toMillis() / 250), 250_000, allSent, () -> {
                for (String port : List.of("MEMBERS_PORT", "ACTIVITIES_PORT", "REPORTING_PORT")) {
                    HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + stack.ports.get(port) + "/q/health/ready"))
                            .timeout(PROBE_TIMEOUT).GET().build();
                    inFlight.add(timed(probe, healthMillis, healthFailures));
                }
            });
            paced(pacer, (int) (duration.toMillis() / 500), 500_000, allSent,
                    () -> inFlight.add(timed(GatewayPolicyIT.get("/api/v1/organizations?size=1", quietToken), quietMillis, quietFailures)));

            if (!allSent.await(duration.toMillis() + 30_000, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the paced requests were not all sent");
            }
        } finally {
            pacer.shutdownNow();
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).handle((ignored, failure) -> null).get(60, TimeUnit.SECONDS);
        return new Report(sent.get(), served.get(), limited.get(), other.get(), healthMillis.size() + healthFailures.get(),
                healthFailures.get(), percentile(healthMillis, 50), percentile(healthMillis, 100), quietMillis.size() + quietFailures.get(),
                quietFailures.get(), percentile(quietMillis, 50), percentile(quietMillis, 100));
    }

    /** Runs {@code send} {@code times} times, one every {@code periodMicros}, then counts {@code done} down. */
    private static void paced(ScheduledExecutorService pacer, int times, long periodMicros, CountDownLatch done, Runnable send) {
        AtomicInteger left = new AtomicInteger(times);
        pacer.scheduleAtFixedRate(() -> {
            int remaining = left.getAndDecrement();
            if (remaining <= 0) {
                return;
            }
            send.run();
            if (remaining == 1) {
                done.countDown();
            }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    /** Counts a failure for anything but 200 within the request's timeout, else records the time taken. */
    private CompletableFuture<?> timed(HttpRequest request, List<Long> millis, AtomicInteger failures) {
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> {
            if (failure == null && answer.statusCode() == 200) {
                millis.add((System.nanoTime() - start) / 1_000_000);
            } else {
                failures.incrementAndGet();
            }
        });
    }

    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
