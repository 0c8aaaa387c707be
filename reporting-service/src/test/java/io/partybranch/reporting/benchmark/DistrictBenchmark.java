package io.partybranch.reporting.benchmark;

import static io.restassured.RestAssured.given;

import io.partybranch.reporting.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Prints what a district costs: how fast the consumers apply a district's year of events (with the
 * pre-aggregates kept in the same transactions), how long the district, branch and summary answers
 * take, and how long a rebuild from scratch takes. Not part of the suite (its name does not end in
 * Test); run it with {@code ./mvnw -B verify -pl platform-common,reporting-service -Dtest=DistrictBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. Sizes: {@code -Dbenchmark.branches=100 -Dbenchmark.members=25}.
 */
@QuarkusTest
class DistrictBenchmark {

    static final String[] MONTHLY = {"COMMITTEE_MEETING", "GROUP_MEETING", "THEME_DAY"};
    static final String[] QUARTERLY = {"GENERAL_MEETING", "PARTY_LECTURE"};

    @Inject
    EntityManager entityManager;

    @Test
    void aDistrictsYearOfEvents() {
        int branches = Integer.getInteger("benchmark.branches", 100);
        int membersPerBranch = Integer.getInteger("benchmark.members", 25);
        UUID district = UUID.randomUUID();
        List<UUID> branchIds = new ArrayList<>();
        long events = 0;
        long applied = processed();
        long start = System.nanoTime();
        try (TestEvents send = new TestEvents()) {
            send.organization(district, "基准区教育局党委", "ORG_PARTY_COMMITTEE", null, "329901");
            events++;
            for (int b = 0; b < branches; b++) {
                UUID branch = UUID.randomUUID();
                UUID group = UUID.randomUUID();
                branchIds.add(branch);
                send.organization(branch, "基准第" + b + "党支部", "BRANCH", district, "329901");
                send.organization(group, "基准第" + b + "党小组", "PARTY_GROUP", branch, "329901");
                events += 2;
                for (int m = 0; m < membersPerBranch; m++) {
                    LocalDate joined = LocalDate.of(1990, 7, 1).plusMonths((m * 13L + b) % 400);
                    TestEvents.Member member = send.member(UUID.randomUUID(), branch).set("gender", m % 3 == 0 ? "MALE" : "FEMALE")
                            .set("birthDate", joined.minusYears(24).toString());
                    if (m == 0) {
                        member.probationary("2025-10-01");
                    } else {
                        member.full(joined.toString(), joined.plusYears(1).toString());
                    }
                    member.send();
                    events++;
                }
                for (int month = 1; month <= 12; month++) {
                    // Every tenth branch skips its December meetings, so the district has shortfalls to list.
                    if (month == 12 && b % 10 == 0) {
                        continue;
                    }
                    String day = String.format("2025-%02d-1%d", month, b % 9);
                    for (String type : MONTHLY) {
                        send.held(branch, type.equals("GROUP_MEETING") ? group : branch, type, day, 0.9);
                        events++;
                    }
                    if (month % 3 == 0) {
                        for (String type : QUARTERLY) {
                            send.held(branch, branch, type, day, 0.8);
                            events++;
                        }
                    }
                }
            }
        }
        long sent = System.nanoTime();
        long expected = applied + events;
        Awaitility.await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(500)).until(() -> processed() >= expected);
        long consumed = System.nanoTime();
        print("events sent", events, "", 0);
        print("send through the broker", (sent - start) / 1_000_000, "ms", 0);
        print("applied, counted from the first send (consumers run meanwhile)", (consumed - start) / 1_000_000, "ms",
                events * 1_000_000_000L / Math.max(1, consumed - start));
        print("  of which after the last send", (consumed - sent) / 1_000_000, "ms", 0);

        time("district, 100 branches ranked (GET …/organizations/{id}/branches?period=2025)", 20, () ->
                given().queryParam("period", "2025").get("/api/v1/statistics/organizations/{id}/branches", district).then().statusCode(200));
        time("one branch's year (GET …/branches/{id}/period?period=2025)", 20, () ->
                given().queryParam("period", "2025").get("/api/v1/statistics/branches/{id}/period", branchIds.get(0)).then().statusCode(200));
        time("branch work summary as .docx", 10, () ->
                given().queryParam("period", "2025").queryParam("format", "docx").get("/api/v1/summaries/branches/{id}", branchIds.get(0))
                        .then().statusCode(200));
        time("district summary as .docx", 5, () ->
                given().queryParam("period", "2025").queryParam("format", "docx").get("/api/v1/summaries/organizations/{id}", district)
                        .then().statusCode(200));
        time("district export as .xlsx", 5, () ->
                given().queryParam("period", "2025").get("/api/v1/exports/organizations/{id}", district).then().statusCode(200));
        long rebuildStart = System.nanoTime();
        long read = given().config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 1_800_000)))
                .post("/api/v1/read-models/rebuild").then().statusCode(200).extract().jsonPath().getLong("eventsRead");
        long rebuild = (System.nanoTime() - rebuildStart) / 1_000_000;
        print("rebuild from scratch: events read", read, "", 0);
        print("rebuild from scratch", rebuild, "ms", read * 1000 / Math.max(1, rebuild));
        Runtime runtime = Runtime.getRuntime();
        print("test JVM heap used after the run", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), "MiB", 0);
    }

    private long processed() {
        return io.partybranch.reporting.ReadModelRows.count(entityManager, "processed_event where consumer = 'reporting'");
    }

    private static void time(String what, int runs, Runnable call) {
        call.run(); // warm-up
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK %-75s median %5d ms, max %5d ms (%d runs)%n", what, millis[runs / 2], millis[runs - 1], runs);
    }

    private static void print(String what, long value, String unit, long perSecond) {
        System.out.printf("BENCHMARK %-75s %8d %s%s%n", what, value, unit, perSecond > 0 ? "  (" + perSecond + " per second)" : "");
    }
}
