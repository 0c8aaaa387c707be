package io.partybranch.reporting.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.tree.OrganizationTree;
import io.partybranch.reporting.ReadModelRows;
import io.partybranch.reporting.TestEvents;
import io.partybranch.reporting.service.Rollups;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A bureau whose district holds more organisations than one statement can bind parameters (65,535)
 * gets its district's statistics: the scope is its district code, the branches are reached through
 * the closure table, the totals are the root's own rollup rows and only one page of the ranking leaves
 * the database.
 */
@QuarkusTest
class ProvinceScopeTest {

    static final String DISTRICT = "329901"; // used by no other test of this service
    static final int BRANCHES = 66_000;

    @Inject
    EntityManager entityManager;

    @Inject
    OrganizationTree tree;

    @Inject
    Rollups rollups;

    @Test
    void aBureauOverMoreOrganisationsThanAStatementCanBindGetsItsDistrictRankedAndTotalled() {
        UUID committee = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.organization(committee, "省教育工委", "ORG_PARTY_COMMITTEE", null, DISTRICT);
            events.organization(branch, "省实验学校党支部", "BRANCH", committee, DISTRICT);
            events.member(member, branch).full("2010-07-01", "2011-07-01").send();
            events.held(branch, branch, "COMMITTEE_MEETING", "2025-10-05", 1.0, List.of(TestEvents.attended(member, "PRESENT", true)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ReadModelRows.count(entityManager,
                "activity_rollup where ancestor_id = '" + committee + "'") == 1
                && ReadModelRows.count(entityManager, "member_change_rollup where ancestor_id = '" + committee + "'") > 0);
        // Written straight into the read model in one statement, then linked as the tree's maintenance links a late parent.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into organization_view (id, name, type, parent_id, district_code, version, last_event_at)
                    select gen_random_uuid(), '批量支部' || g, 'BRANCH', cast(:committee as uuid), :district, 0, now()
                    from generate_series(1, :count) g""")
                    .setParameter("committee", committee).setParameter("district", DISTRICT).setParameter("count", BRANCHES)
                    .executeUpdate();
            rollups.rehome(tree.rederive(committee));
        });
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("analyze").executeUpdate());
        long started = System.nanoTime();
        try {
            String bureau = "Bearer " + TestTokens.bureau(DISTRICT);
            given().header("Authorization", bureau).queryParam("period", "2025-Q4").queryParam("size", 50)
                    .get("/api/v1/statistics/organizations/{id}/branches", committee).then().statusCode(200)
                    .body("totals.branches", equalTo(BRANCHES + 1)).body("totals.partyMembers", equalTo(1))
                    .body("totals.activities.COMMITTEE_MEETING", equalTo(1))
                    .body("branches", hasSize(50)).body("branches[0].branchName", equalTo("省实验学校党支部"))
                    .body("branches[0].rank", equalTo(1)).body("branches[1].rank", equalTo(2));
            given().header("Authorization", bureau).queryParam("period", "2025-Q4").queryParam("page", 1320).queryParam("size", 50)
                    .get("/api/v1/statistics/organizations/{id}/branches", committee).then().statusCode(200)
                    .body("branches", hasSize(1)).body("totals.branches", equalTo(BRANCHES + 1));
            given().header("Authorization", bureau).get("/api/v1/statistics/organizations/" + branch).then().statusCode(200);
            given().header("Authorization", "Bearer " + TestTokens.bureau("329902")).queryParam("period", "2025-Q4")
                    .get("/api/v1/statistics/organizations/{id}/branches", committee).then().statusCode(404);
            System.out.printf("%d branches in one district: the bureau's calls took %d ms%n", BRANCHES + 1,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            // Gone from the tree again, so the read models are what the topics say (RebuildTest compares them).
            QuarkusTransaction.requiringNew().run(() -> {
                @SuppressWarnings("unchecked")
                List<Object[]> pairs = entityManager.createNativeQuery("""
                        select c.ancestor_id, c.descendant_id from organization_closure c join organization_view o on o.id = c.descendant_id
                        where o.district_code = :district and o.name like '批量支部%'""").setParameter("district", DISTRICT).getResultList();
                rollups.rehome(
                        new OrganizationTree.Change(pairs.stream().map(p -> new OrganizationTree.Pair((UUID) p[0], (UUID) p[1])).toList(),
                                List.of()));
                entityManager.createNativeQuery("""
                        delete from organization_closure where descendant_id in (
                            select id from organization_view where district_code = :district and name like '批量支部%')""")
                        .setParameter("district", DISTRICT).executeUpdate();
                entityManager.createNativeQuery("delete from organization_view where district_code = :district and name like '批量支部%'")
                        .setParameter("district", DISTRICT).executeUpdate();
            });
        }
    }
}
