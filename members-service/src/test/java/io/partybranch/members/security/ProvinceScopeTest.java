package io.partybranch.members.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.tree.OrganizationTree;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A bureau whose district holds more organisations than one PostgreSQL statement can carry
 * parameters (65,535): its scope is bound as its one district code, never as the organisations, so
 * lists, counts and subtree queries answer as for a small district.
 */
@QuarkusTest
class ProvinceScopeTest {

    static final int BRANCHES = 66_000;

    @Inject
    EntityManager entityManager;

    @Inject
    OrganizationTree tree;

    @Test
    void aBureauOverMoreOrganisationsThanAStatementCanBindListsAndCountsThem() {
        // A district no earlier run used: a second run against the same database finds none of the first's organisations in it.
        String district = Fixtures.freshDistrict();
        String otherDistrict = Fixtures.freshDistrict();
        String committee = Fixtures.createOrganization("省教育工委", "ORG_PARTY_COMMITTEE", null, district);
        String branch = Fixtures.createOrganization("某校党支部", "BRANCH", committee, district);
        String member = Fixtures.registerMember(branch, "省内教师", "FULL");
        // Written straight into the tree in one statement; the closure is derived from the parent pointers.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into organization (id, name, type, parent_id, district_code, version, created_at, updated_at)
                    select gen_random_uuid(), '批量支部' || g, 'BRANCH', cast(:committee as uuid), :district, 0, now(), now()
                    from generate_series(1, :count) g""")
                    .setParameter("committee", committee).setParameter("district", district).setParameter("count", BRANCHES)
                    .executeUpdate();
            tree.rederive(UUID.fromString(committee));
        });
        // As autovacuum soon does after a load this size: the plans below are made for the tables as they now are.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("analyze").executeUpdate());
        long started = System.nanoTime();
        try {
            String bureau = "Bearer " + TestTokens.bureau(district);
            given().header("Authorization", bureau).queryParam("size", 200).get("/api/v1/organizations").then().statusCode(200)
                    .body("total", equalTo(BRANCHES + 2)).body("items", hasSize(200));
            given().header("Authorization", bureau).queryParam("subtreeOf", committee).queryParam("type", "BRANCH")
                    .get("/api/v1/organizations").then().statusCode(200).body("total", equalTo(BRANCHES + 1));
            given().header("Authorization", bureau).get("/api/v1/organizations/" + committee).then().statusCode(200)
                    .body("counts.membersInSubtree", equalTo(1));
            given().header("Authorization", bureau).queryParam("organizationId", committee).queryParam("subtree", true)
                    .get("/api/v1/members").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(member));
            given().header("Authorization", bureau).get("/api/v1/members/" + member).then().statusCode(200);
            // The same tree seen from one school of it, and from a bureau of another district.
            given().header("Authorization", "Bearer " + TestTokens.school(UUID.fromString(branch))).queryParam("size", 200)
                    .get("/api/v1/organizations").then().statusCode(200).body("total", equalTo(1));
            given().header("Authorization", "Bearer " + TestTokens.bureau(otherDistrict)).get("/api/v1/members/" + member).then()
                    .statusCode(404);
            System.out.printf("%d organisations in one district: the bureau's calls took %d ms%n", BRANCHES,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("""
                        delete from organization_closure where descendant_id in (
                            select id from organization where district_code = :district and name like '批量支部%')""")
                        .setParameter("district", district).executeUpdate();
                entityManager.createNativeQuery("delete from organization where district_code = :district and name like '批量支部%'")
                        .setParameter("district", district).executeUpdate();
            });
        }
    }
}
