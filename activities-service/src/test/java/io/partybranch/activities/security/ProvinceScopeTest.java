package io.partybranch.activities.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.partybranch.activities.repository.RosterOrganization;
import io.partybranch.common.testing.TestRun;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.testing.TopicWriter;
import io.partybranch.common.tree.OrganizationTree;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The roster copy of a district with more organisations than one statement can bind parameters
 * (65,535): a bureau of that district still lists and reads its activities.
 */
@QuarkusTest
class ProvinceScopeTest {

    static final int BRANCHES = 66_000;

    @Inject
    EntityManager entityManager;

    @Inject
    OrganizationTree tree;

    @Test
    void aBureauOverMoreOrganisationsThanAStatementCanBindListsItsActivities() {
        // A district no earlier run used: a second run against the same database finds none of the first's activities in it.
        String district = TestRun.districtCode();
        String otherDistrict = TestRun.districtCode();
        UUID committee = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            announce(writer, committee, "ORG_PARTY_COMMITTEE", null, district);
            announce(writer, branch, "BRANCH", committee, district);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> RosterOrganization.findById(branch) != null));
        String activity = given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", branch.toString(), "type", "COMMITTEE_MEETING", "title", "支委会", "plannedFor", "2026-11-05"))
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into roster_organization (id, name, type, parent_id, district_code, version)
                    select gen_random_uuid(), '批量支部' || g, 'BRANCH', cast(:committee as uuid), :district, 0
                    from generate_series(1, :count) g""")
                    .setParameter("committee", committee).setParameter("district", district).setParameter("count", BRANCHES)
                    .executeUpdate();
            tree.rederive(committee);
        });
        // As autovacuum soon does after a load this size: the plans below are made for the tables as they now are.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("analyze").executeUpdate());
        long started = System.nanoTime();
        try {
            String bureau = "Bearer " + TestTokens.bureau(district);
            given().header("Authorization", bureau).queryParam("size", 200).get("/api/v1/activities").then().statusCode(200)
                    .body("total", equalTo(1));
            given().header("Authorization", bureau).queryParam("organizationId", committee).queryParam("subtree", true)
                    .get("/api/v1/activities").then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(activity));
            given().header("Authorization", bureau).get("/api/v1/activities/" + activity).then().statusCode(200);
            given().header("Authorization", "Bearer " + TestTokens.bureau(otherDistrict)).get("/api/v1/activities/" + activity).then()
                    .statusCode(404);
            System.out.printf("%d organisations in one district: the bureau's calls took %d ms%n", BRANCHES,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("""
                        delete from organization_closure where descendant_id in (
                            select id from roster_organization where district_code = :district and name like '批量支部%')""")
                        .setParameter("district", district).executeUpdate();
                entityManager.createNativeQuery("delete from roster_organization where district_code = :district and name like '批量支部%'")
                        .setParameter("district", district).executeUpdate();
            });
        }
    }

    private static void announce(TopicWriter writer, UUID id, String type, UUID parent, String district) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "name", "省内" + type, "type", type, "districtCode", district,
                "version", 0));
        if (parent != null) {
            data.put("parentId", parent.toString());
        }
        writer.send("members.events", id.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service",
                "organization.created.v1", id, id, data));
    }
}
