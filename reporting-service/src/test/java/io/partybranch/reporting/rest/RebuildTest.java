package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.reporting.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Rebuilding from scratch gives the state the consumers built event by event: every row of every read
 * model and pre-aggregate, over everything the topics hold (this test's events and every other test's,
 * poison included, since they share the broker).
 */
@QuarkusTest
class RebuildTest {

    /** The platform's own tables in the schema; every other table is a read model or an aggregate and is compared. */
    static final List<String> INFRASTRUCTURE = List.of("flyway_schema_history", "processed_event", "outbox_event", "idempotency_record",
            "audit_entry");

    @Inject
    EntityManager entityManager;

    @Test
    void replayingBothTopicsFromTheStartRebuildsTheSameReadModels() {
        UUID branch = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID corrected = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.organization(branch, "重建支部", "BRANCH", null, "320412");
            events.member(member, branch).probationary("2024-05-01").send();
            // Late conversion: probation ended 2025-05-01, converted in September.
            events.member(member, branch).full("2024-05-01", "2025-09-15").set("version", 1).send();
            events.activity("activity.held.v1", corrected, branch, branch, "GENERAL_MEETING", "2025-10-10", 1.0,
                    List.of(TestEvents.attended(member, "PRESENT", true)), 1);
            events.activity("activity.corrected.v1", corrected, branch, branch, "GENERAL_MEETING", "2025-11-10", 0.75,
                    List.of(TestEvents.attended(member, "EXCUSED", true)), 2);
            events.honour(branch, member, "HONOUR", "优秀共产党员", "SCHOOL", 2025, "2025-12-01");
            // Month-ends recomputed from a corrected, earlier date only; and from the start for a change of state.
            UUID activist = UUID.randomUUID();
            events.member(activist, branch).set("politicalStatus", "ACTIVIST").set("activistSince", "2025-06-01")
                    .set("appliedOn", "2025-01-10").set("statusSince", "2025-06-01").send();
            events.member(activist, branch).set("politicalStatus", "ACTIVIST").set("activistSince", "2025-03-01")
                    .set("appliedOn", "2025-01-10").set("statusSince", "2025-03-01").set("version", 1).send();
            events.member(member, branch).full("2024-05-01", "2025-09-15").set("membershipState", "SUSPENDED").set("version", 2).send();
            events.held(branch, branch, "THEME_DAY", "2025-12-20", 1.0);
            events.evaluation(UUID.randomUUID(), branch, "2025年度", "2025-12-28", java.util.Map.of("EXCELLENT", 1),
                    List.of(TestEvents.trust(member, 3, 3)));
            events.organization(last, "最后一条", "BRANCH", null, "320412");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("organization_view where id = '" + last + "'") == 1
                && count("honour_view where branch_id = '" + branch + "'") == 1
                && count("member_view where id = '" + member + "' and membership_state = 'SUSPENDED'") == 1
                && count("activity_month where branch_id = '" + branch + "' and type = 'THEME_DAY'") == 1);
        Map<String, List<String>> incremental = snapshot();
        assertEquals(1, count("activity_month where branch_id = '" + branch + "' and type = 'GENERAL_MEETING' and month = '2025-11-01'"));
        assertEquals(0, count("activity_month where branch_id = '" + branch + "' and month = '2025-10-01'"));

        given().header("Authorization", "Bearer " + TestTokens.bureau("320412")).post("/api/v1/read-models/rebuild").then()
                .statusCode(403);
        // An event sent while the rebuild runs is held back from the paused consumers and applied once they resume.
        UUID during = UUID.randomUUID();
        java.util.concurrent.CompletableFuture<io.restassured.response.Response> rebuild =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> given().post("/api/v1/read-models/rebuild"));
        try (TestEvents events = new TestEvents()) {
            events.organization(during, "重建期间", "BRANCH", null, "320412");
        }
        rebuild.join().then().statusCode(200)
                .body("eventsRead", greaterThanOrEqualTo(8))
                .body("eventsApplied", greaterThanOrEqualTo(8));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("organization_view where id = '" + during + "'") == 1);

        Map<String, List<String>> rebuilt = snapshot();
        rebuilt.get("organization_view").removeIf(row -> row.contains(during.toString()));
        assertFalse(rebuilt.get("member_month").isEmpty());
        assertEquals(16, incremental.size(), "read-model and aggregate tables compared: " + incremental.keySet());
        for (String table : incremental.keySet()) {
            assertEquals(incremental.get(table), rebuilt.get(table), table + " differs after the rebuild");
        }
        // Still live afterwards: a new event is applied once, on top of the rebuilt state.
        UUID after = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.organization(after, "重建之后", "BRANCH", null, "320412");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("organization_view where id = '" + after + "'") == 1);
        given().queryParam("period", "2025").get(PeriodStatisticsTest.PERIOD, branch).then().statusCode(200)
                .body("members.converted", equalTo(1)).body("activities.GENERAL_MEETING.held", equalTo(1));
    }

    private Map<String, List<String>> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> tables = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            List<String> names = entityManager.createNativeQuery("""
                    select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
                    order by table_name""").getResultList();
            for (String table : names.stream().filter(name -> !INFRASTRUCTURE.contains(name)).toList()) {
                List<String> rows = new ArrayList<>();
                for (Object row : entityManager.createNativeQuery("select * from " + table).getResultList()) {
                    rows.add(row instanceof Object[] values ? Arrays.toString(values) : String.valueOf(row));
                }
                rows.sort(null);
                tables.put(table, rows);
            }
            return tables;
        });
    }

    private long count(String from) {
        return io.partybranch.reporting.ReadModelRows.count(entityManager, from);
    }
}
