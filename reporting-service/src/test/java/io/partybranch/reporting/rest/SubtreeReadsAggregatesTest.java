package io.partybranch.reporting.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.EventFixtures;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.domain.SubtreeReport;
import io.partybranch.reporting.events.EventConsumers;
import io.partybranch.reporting.service.SubtreeStatisticsService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The README's promise that a district's or a province's answer is read from the pre-aggregates, not
 * by scanning the facts: the tables one subtree call reads are taken from PostgreSQL's own counters of
 * the current transaction (pg_stat_xact_user_tables), which count every sequential and index scan of a
 * table whatever statement caused it, and none of them may be a table of facts.
 */
@QuarkusTest
class SubtreeReadsAggregatesTest {

    static final String DISTRICT = "325309"; // used by no other test of this service

    /**
     * Rows per member, activity, attendance, honour, evaluation, ballot and transfer. committee_view is
     * not among them on purpose: the totals count terms ending through the closure table, one row per
     * committee of the subtree's branches, and the page's terms are read from it.
     */
    static final Set<String> FACTS = Set.of("member_view", "activity_view", "attendance_view", "honour_view", "evaluation_view",
            "trust_view", "transfer_view", "committee_post_view");

    @Inject
    EntityManager entityManager;

    @Inject
    SubtreeStatisticsService subtrees;

    @Test
    void aDistrictsAnswerReadsNoTableOfFacts() {
        UUID committee = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(committee, "某区教育局党委", "ORG_PARTY_COMMITTEE", null, DISTRICT);
            events.organization(branch, "丙支部", "BRANCH", committee, DISTRICT);
            events.member(member, branch).full("2010-07-01", "2011-07-01").send();
            events.held(branch, branch, "GENERAL_MEETING", "2025-11-25", 1.0, List.of(EventFixtures.attended(member, "PRESENT", true)));
            events.honour(branch, member, "HONOUR", "优秀共产党员", "DISTRICT", 2025, "2025-11-01");
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        Period quarter = new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), "2025年第4季度");

        // On a thread without a request, so without a caller's scope (as a platform administrator sees it), and in a
        // transaction of its own, so that the counters read inside it are the call's.
        Map<String, Long> read = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> before = scansSoFar();
            SubtreeReport report = subtrees.forSubtree(committee, quarter, 0, 50);
            // The answer is the real one, so the reads below are those that produced it.
            assertEquals(1, report.totals().members().partyMembers());
            assertEquals(1L, report.totals().activities().get("GENERAL_MEETING"));
            assertEquals(4, report.totals().present(), "the fixture holds it with 4 expected, all present");
            Map<String, Long> scanned = since(before, scansSoFar());
            // The probe sees a read of facts when there is one: the same count taken from the facts shows up.
            entityManager.createNativeQuery("select count(*) from attendance_view").getSingleResult();
            assertTrue(since(before, scansSoFar()).containsKey("attendance_view"), "the counters see a scan of attendance_view");
            return scanned;
        })).join();
        assertTrue(read.containsKey("activity_rollup") && read.containsKey("member_change_rollup"),
                "the totals come from the rollups: " + read.keySet());
        List<String> facts = read.keySet().stream().filter(FACTS::contains).sorted().toList();
        assertEquals(List.of(), facts, "a subtree answer read tables of facts; it read " + read);
    }

    /** Scans (sequential and index) per table in this transaction so far. */
    private Map<String, Long> scansSoFar() {
        Map<String, Long> scans = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables
                where schemaname = current_schema()""").getResultList();
        for (Object[] row : rows) {
            scans.put((String) row[0], ((Number) row[1]).longValue());
        }
        return scans;
    }

    private static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new HashMap<>();
        after.forEach((table, n) -> {
            long d = n - before.getOrDefault(table, 0L);
            if (d > 0) {
                grown.put(table, d);
            }
        });
        return grown;
    }
}
