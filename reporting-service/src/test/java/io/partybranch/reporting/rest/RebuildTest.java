package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.testing.TopicWriter;
import io.partybranch.reporting.ReadModelRows;
import io.partybranch.reporting.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
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
 * poison included, since they share the broker). The read models are damaged first, behind the
 * consumers' back, so that only a rebuild that really replays puts them right.
 */
@QuarkusTest
@TestProfile(RebuildTest.SlowRebuild.class)
class RebuildTest {

    static final Duration RECORD_DELAY = Duration.ofMillis(10);

    /** A pause per record, so that the rebuild is certainly still running while the test acts on it. */
    public static class SlowRebuild implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.events.rebuild.record-delay", RECORD_DELAY.toMillis() + "ms");
        }
    }

    /**
     * The platform's own tables in the schema, the change feed (kept, not rebuilt: its positions are
     * clients' cursors) and the webhooks (written by requests); every other table is a read model or
     * an aggregate and is compared.
     */
    static final List<String> INFRASTRUCTURE = List.of("flyway_schema_history", "processed_event", "outbox_event", "idempotency_record",
            "audit_entry", "dead_letter", "rebuild_job", "change_event", "webhook_subscription", "webhook_delivery", "webhook_parked",
            // the work summary workflow's own records: written by requests, not read models, and left alone by a rebuild
            "work_summary", "work_summary_version", "work_summary_history", "summary_deadline",
            // what the announcing job has told subscribers: a rebuild must not announce it again
            "due_announcement");

    /** Enough records that, at 10 ms each, the rebuild runs for seconds. */
    private static final int FILLER = 300;

    @Inject
    EntityManager entityManager;

    @Test
    void replayingBothTopicsFromTheStartRebuildsTheSameReadModels() {
        UUID branch = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID corrected = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        UUID untitled = UUID.randomUUID();
        try (TestEvents events = new TestEvents(); TopicWriter writer = new TopicWriter()) {
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
            // The activist's development file: the newer state counts, the older one arriving late does not.
            events.send(TestEvents.MEMBERS_TOPIC, "members-service", "development-step.recorded.v1", activist, branch,
                    DevelopmentStepsTest.data(
                            activist, branch, "ACTIVIST_REVIEW", "ACTIVIST", "ACTIVIST_REVIEW", "2025-09-01", "ACTIVIST_REVIEW",
                            "2026-03-01", 2));
            events.send(TestEvents.MEMBERS_TOPIC, "members-service", "development-step.recorded.v1", activist, branch,
                    DevelopmentStepsTest.data(
                            activist, branch, "MENTORS_APPOINTED", "ACTIVIST", "MENTORS_APPOINTED", "2025-03-01", "ACTIVIST_REVIEW",
                            "2025-09-01", 1));
            events.member(member, branch).full("2024-05-01", "2025-09-15").set("membershipState", "SUSPENDED").set("version", 2).send();
            events.held(branch, branch, "THEME_DAY", "2025-12-20", 1.0);
            events.evaluation(UUID.randomUUID(), branch, "2025年度", "2025-12-28", Map.of("EXCELLENT", 1),
                    List.of(TestEvents.trust(member, 3, 3)));
            // Poison kept forever in the topics: a record that is no event, a newer version, and one that
            // decodes but breaks a rule of the read model (dead-lettered live; its dead letter is gone below).
            writer.send("members.events", branch.toString(), "{never an event " + branch);
            writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(),
                    "members-service", "member.registered.v2", UUID.randomUUID(), branch, Map.of("id", UUID.randomUUID().toString())));
            writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(untitled, "members-service",
                    "honour.awarded.v1", untitled, branch, Map.of("id", untitled.toString(), "organizationId", branch.toString(),
                            "kind", "HONOUR", "level", "SCHOOL", "year", 2025)));
            for (int i = 0; i < FILLER; i++) {
                events.organization(UUID.randomUUID(), "填充支部" + i, "BRANCH", null, "320412");
            }
            events.organization(last, "最后一条", "BRANCH", null, "320412");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count("organization_view where id = '" + last + "'") == 1
                && count("honour_view where branch_id = '" + branch + "'") == 1
                && count("member_view where id = '" + member + "' and membership_state = 'SUSPENDED'") == 1
                && count("activity_month where branch_id = '" + branch + "' and type = 'THEME_DAY'") == 1);
        Map<String, List<String>> incremental = snapshot();
        assertEquals(1, count("activity_month where branch_id = '" + branch + "' and type = 'GENERAL_MEETING' and month = '2025-11-01'"));
        assertEquals(0, count("activity_month where branch_id = '" + branch + "' and month = '2025-10-01'"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("dead_letter where event_id = '" + untitled + "'") == 1);
        // Damage a rebuild must repair: facts lost, an aggregate wrong, a table emptied. And the failing
        // record's dead letter is gone (purged, or an older consumer applied it), so the rebuild meets it unwarned.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from dead_letter where event_id = :e").setParameter("e", untitled).executeUpdate();
            entityManager.createNativeQuery("delete from member_view where id = :m").setParameter("m", member).executeUpdate();
            entityManager.createNativeQuery("update activity_month set held = held + 5 where branch_id = :b").setParameter("b", branch)
                    .executeUpdate();
            entityManager.createNativeQuery("delete from honour_month").executeUpdate();
            entityManager.createNativeQuery("delete from development_step_rollup").executeUpdate();
            entityManager.createNativeQuery("delete from organization_view where id = :o").setParameter("o", last).executeUpdate();
        });
        assertNotEquals(incremental, snapshot(), "the damage shows before the rebuild");

        given().header("Authorization", "Bearer " + TestTokens.bureau("320412")).post("/api/v1/read-models/rebuild").then()
                .statusCode(403);
        Response started = given().post("/api/v1/read-models/rebuild");
        started.then().statusCode(202).body("state", equalTo("RUNNING"));
        String location = started.header("Location");
        String id = started.jsonPath().getString("id");
        assertTrue(location.endsWith("/api/v1/read-models/rebuilds/" + id), location);

        // An event sent while the rebuild runs: held back from the paused consumers, applied once they resume.
        UUID during = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.organization(during, "重建期间", "BRANCH", null, "320412");
        }
        given().get(location).then().statusCode(200).body("state", equalTo("RUNNING"));
        assertEquals(0, count("organization_view where id = '" + during + "'"), "the live consumer is held while the rebuild runs");
        given().post("/api/v1/read-models/rebuild").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict/rebuild-running")).body("running.id", equalTo(id))
                .body("running.state", equalTo("RUNNING"));

        // The topics hold every earlier test's events too (and every earlier run's, on persistent servers): the bound follows
        // what the rebuild counted, at the profile's delay per record, for up to three passes (it starts over without a bad record).
        long total = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get(location).then().statusCode(200).extract().jsonPath().get("recordsTotal"),
                        (Number n) -> n != null && n.longValue() > 0)
                .longValue();
        Duration bound = Duration.ofMinutes(1).plus(RECORD_DELAY.multipliedBy(3 * total));
        JsonPath finished = Awaitility.await().atMost(bound).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get(location).then().statusCode(200).extract().jsonPath(),
                        status -> !"RUNNING".equals(status.getString("state")));
        assertEquals("SUCCEEDED", finished.getString("state"), finished.prettify());
        assertEquals(finished.getLong("recordsTotal"), finished.getLong("recordsDone"));
        assertTrue(finished.getLong("eventsApplied") >= FILLER + 12, finished.prettify());
        assertTrue(finished.getLong("eventsSkipped") >= 3, "the poison is skipped, not fatal: " + finished.prettify());
        assertTrue(finished.getInt("attempts") >= 2, "the unwarned failing record made it start over without it: " + finished.prettify());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("organization_view where id = '" + during + "'") == 1);

        Map<String, List<String>> rebuilt = snapshot();
        // What the event sent during the rebuild added (its organisation, freshness, counts) is not in the incremental snapshot.
        rebuilt.values().forEach(rows -> rows.removeIf(row -> row.contains(during.toString())));
        assertFalse(rebuilt.get("member_change").isEmpty());
        for (String development : List.of("development_progress_view", "development_step_branch", "development_step_rollup",
                "development_due",
                "development_due_rollup")) {
            assertFalse(incremental.get(development).isEmpty(), development + " is compared with rows in it");
        }
        assertEquals(42, incremental.size(), "read-model and aggregate tables compared: " + incremental.keySet());
        for (String table : incremental.keySet()) {
            List<String> missing = new ArrayList<>(incremental.get(table));
            missing.removeAll(rebuilt.get(table));
            List<String> extra = new ArrayList<>(rebuilt.get(table));
            extra.removeAll(incremental.get(table));
            assertTrue(missing.isEmpty() && extra.isEmpty(), table + " differs after the rebuild: missing " + missing + ", extra " + extra);
            assertEquals(incremental.get(table), rebuilt.get(table), table + " differs after the rebuild");
        }
        // Still live afterwards: a new event is applied once, on top of the rebuilt state.
        UUID after = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.organization(after, "重建之后", "BRANCH", null, "320412");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("organization_view where id = '" + after + "'") == 1);
        given().queryParam("period", "2025").get(PeriodStatisticsTest.PERIOD, branch).then().statusCode(200)
                .body("members.converted", equalTo(1)).body("activities.GENERAL_MEETING.held", equalTo(1))
                .body("honours.byLevel.SCHOOL", equalTo(1));
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
        return ReadModelRows.count(entityManager, from);
    }
}
