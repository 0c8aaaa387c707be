package io.partybranch.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The write side under load: recording a held meeting through the API against the same inserts in
 * plain JDBC, onboarding a school, and how long a committed event takes to show in reporting.
 */
public final class WritePath {

    private final Api admin;
    private final String gateway;
    private final String adminToken;
    private final Database database;

    public WritePath(Api admin, String gateway, String adminToken, Database database) {
        this.admin = admin;
        this.gateway = gateway;
        this.adminToken = adminToken;
        this.database = database;
    }

    /** A school of its own with thirty full members (and a committee), for the recording comparison. */
    public record School(UUID branch, List<UUID> members) {
    }

    public School school(UUID district, String districtCode, int members) {
        UUID branch = UUID.fromString(admin.post("/api/v1/organizations", Map.of("name", "基准测试学校党支部", "type", "BRANCH",
                "districtCode", districtCode, "parentId", district)).get("id").asText());
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            people.add(person(branch, districtCode, i, 700));
        }
        JsonNode created = admin.post("/api/v1/members/batch", Map.of("members", people));
        List<UUID> ids = new ArrayList<>();
        created.get("memberIds").forEach(id -> ids.add(UUID.fromString(id.asText())));
        return new School(branch, ids);
    }

    /** A held general meeting with every member present, through the API, against plain JDBC doing the same writes. */
    public Map<String, Object> recording(School school, int requests, int clients) {
        database.awaitRosterCopy();
        List<Map<String, Object>> attendance = school.members().stream()
                .map(m -> Map.<String, Object>of("memberId", m, "status", "PRESENT")).toList();
        String body = json(Map.of("activities", List.of(Map.of(
                "activity",
                Map.of("organizationId", school.branch(), "type", "GENERAL_MEETING", "title", "支部党员大会", "plannedFor", "2026-09-08"),
                "record", Map.of("heldOn", "2026-09-08", "attendance", attendance)))));
        Hey.Result api = Hey.post(gateway + "/api/v1/activities/held", adminToken, body, clients, requests, 0, 0);
        double jdbc = plainJdbc(school, requests, clients);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("attendees", school.members().size());
        result.put("clients", clients);
        result.put("api", api.asMap());
        result.put("plainJdbcPerSecond", Hey.round(jdbc));
        result.put("apiOverJdbc", Hey.round(api.requestsPerSecond() / jdbc * 100) / 100.0);
        return result;
    }

    /**
     * The transaction shape of recording, without the service: the activity row, its attendance rows in one
     * batch, the outbox row and the audit row, one commit per meeting, into a scratch schema of the same tables.
     */
    private double plainJdbc(School school, int requests, int clients) {
        try (Connection setup = database.connect()) {
            setup.createStatement().execute("drop schema if exists jdbc_baseline cascade");
            setup.createStatement().execute("create schema jdbc_baseline");
            for (String table : List.of("activity", "attendance", "outbox_event", "audit_entry")) {
                setup.createStatement().execute("create table jdbc_baseline." + table + " (like activities." + table
                        + " including defaults including identity including indexes)");
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare the JDBC baseline: " + e.getMessage(), e);
        }
        String payload = "x".repeat(4_000);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int share = requests / clients;
                done.add(pool.submit(() -> {
                    try (Connection connection = database.connect()) {
                        connection.setAutoCommit(false);
                        try (PreparedStatement activity = connection.prepareStatement(
                                """
                                        insert into jdbc_baseline.activity (id, organization_id, branch_id, type, title, planned_for, status, version,
                                            created_at, updated_at, held_on, expected_count, present_count, attendance_rate, voting_expected,
                                            voting_present, quorum_met) values (?, ?, ?, 'GENERAL_MEETING', '支部党员大会', ?, 'HELD', 1, ?, ?, ?, ?, ?, 1, ?, ?, true)""");
                                PreparedStatement present = connection.prepareStatement(
                                        "insert into jdbc_baseline.attendance (activity_id, member_id, status, expected) values (?, ?, 'PRESENT', true)");
                                PreparedStatement outbox = connection.prepareStatement(
                                        """
                                                insert into jdbc_baseline.outbox_event (id, event_type, subject, partition_key, topic, payload, occurred_at)
                                                values (?, 'activity.held.v1', ?, ?, 'activities.events', ?, ?)""");
                                PreparedStatement audit = connection.prepareStatement(
                                        """
                                                insert into jdbc_baseline.audit_entry (id, occurred_at, subject, role, action, entity_type, entity_id, changes)
                                                values (?, ?, 'benchmark', 'platform-admin', 'CREATE', 'Activity', ?, '{}')""")) {
                            for (int i = 0; i < share; i++) {
                                UUID id = UUID.randomUUID();
                                Timestamp now = Timestamp.from(Instant.now());
                                LocalDate day = LocalDate.of(2026, 9, 8);
                                int n = school.members().size();
                                activity.setObject(1, id);
                                activity.setObject(2, school.branch());
                                activity.setObject(3, school.branch());
                                activity.setObject(4, day);
                                activity.setTimestamp(5, now);
                                activity.setTimestamp(6, now);
                                activity.setObject(7, day);
                                activity.setInt(8, n);
                                activity.setInt(9, n);
                                activity.setInt(10, n);
                                activity.setInt(11, n);
                                activity.executeUpdate();
                                for (UUID member : school.members()) {
                                    present.setObject(1, id);
                                    present.setObject(2, member);
                                    present.addBatch();
                                }
                                present.executeBatch();
                                outbox.setObject(1, id);
                                outbox.setString(2, id.toString());
                                outbox.setString(3, school.branch().toString());
                                outbox.setString(4, payload);
                                outbox.setTimestamp(5, now);
                                outbox.executeUpdate();
                                audit.setObject(1, UUID.randomUUID());
                                audit.setTimestamp(2, now);
                                audit.setString(3, id.toString());
                                audit.executeUpdate();
                                connection.commit();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return requests / ((System.nanoTime() - started) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException("JDBC baseline failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            try (Connection cleanup = database.connect()) {
                cleanup.createStatement().execute("drop schema if exists jdbc_baseline cascade");
            } catch (Exception ignored) {
                // a scratch schema; the next run drops it first
            }
        }
    }

    /**
     * A school of 400 registered through the API, as a bureau onboarding it would: four clients each
     * registering one member per call; then how long until reporting shows all of them.
     */
    public Map<String, Object> onboarding(UUID district, String districtCode, int members, int clients) {
        UUID branch = UUID.fromString(admin.post("/api/v1/organizations", Map.of("name", "新接入学校党支部", "type", "BRANCH",
                "districtCode", districtCode, "parentId", district)).get("id").asText());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                int n = i;
                done.add(pool.submit(() -> admin.post("/api/v1/members", person(branch, districtCode, n, 800))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("onboarding failed: " + e.getMessage(), e);
        } finally {
            pool.shutdown();
        }
        long written = System.nanoTime();
        long shown;
        while (true) {
            JsonNode stats = admin.status("/api/v1/statistics/organizations/" + branch) == 200
                    ? admin.get("/api/v1/statistics/organizations/" + branch)
                    : null;
            if (stats != null && stats.get("members").get("total").asLong() >= members) {
                shown = System.nanoTime();
                break;
            }
            if (System.nanoTime() - written > TimeUnit.MINUTES.toNanos(10)) {
                throw new IllegalStateException("reporting did not show the onboarded school within 10 minutes");
            }
            Api.sleep(20);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("members", members);
        result.put("clients", clients);
        result.put("writeSeconds", Hey.round((written - started) / 1e9));
        result.put("registrationsPerSecond", Hey.round(members / ((written - started) / 1e9)));
        result.put("currentAfterLastWriteMs", Hey.round((shown - written) / 1e6));
        return result;
    }

    /**
     * Commit-to-reporting lag while a steady stream of writes goes through the gateway: from the time a
     * write's event was committed to the time reporting applied it, over every event of the window.
     */
    public Map<String, Object> lag(UUID branch, int perSecond, int seconds) {
        Instant from = Instant.now();
        int clients = Math.max(1, perSecond / 50);
        String body = json(Map.of("organizationId", branch, "type", "PARTY_LECTURE", "title", "党课", "plannedFor", "2026-12-20"));
        Hey.Result writes = Hey.post(gateway + "/api/v1/activities", adminToken, body, clients, 0, seconds, perSecond / (double) clients);
        Instant to = Instant.now();
        database.awaitReporting(Duration.ofMinutes(10));
        List<Map<String, Object>> rows = database.rows("""
                select count(*) as events,
                    percentile_cont(0.5) within group (order by extract(epoch from p.processed_at - o.occurred_at)) * 1000 as p50,
                    percentile_cont(0.99) within group (order by extract(epoch from p.processed_at - o.occurred_at)) * 1000 as p99,
                    max(extract(epoch from p.processed_at - o.occurred_at)) * 1000 as max
                from activities.outbox_event o join reporting.processed_event p on p.event_id = o.id
                where o.occurred_at between ? and ?""", Timestamp.from(from), Timestamp.from(to));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("targetWritesPerSecond", perSecond);
        result.put("writes", writes.asMap());
        Map<String, Object> lag = rows.get(0);
        result.put("events", lag.get("events"));
        result.put("lagP50Ms", round(lag.get("p50")));
        result.put("lagP99Ms", round(lag.get("p99")));
        result.put("lagMaxMs", round(lag.get("max")));
        return result;
    }

    static Map<String, Object> person(UUID branch, String district, int n, int block) {
        boolean male = n % 2 == 0;
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n);
        String first17 = district + birth.toString().replace("-", "") + String.format("%03d", block % 1000 / 2 * 2 + (male ? 1 : 2));
        return Map.of("organizationId", branch, "fullName", "新成员" + n, "gender", male ? "MALE" : "FEMALE", "birthDate", birth,
                "citizenId", first17 + Province.check(first17), "politicalStatus", "FULL", "joinedOn", "2000-07-01", "statusSince",
                "2001-07-01",
                "education", "BACHELOR");
    }

    private static Object round(Object value) {
        return value == null ? null : Hey.round(((Number) value).doubleValue());
    }

    static String json(Object value) {
        try {
            return Api.JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
