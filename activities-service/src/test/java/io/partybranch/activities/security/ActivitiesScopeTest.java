package io.partybranch.activities.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.partybranch.activities.repository.RosterOrganization;
import io.partybranch.common.testing.TestRun;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Scoping here works on the roster copy built from members' events, with their district codes. */
@QuarkusTest
class ActivitiesScopeTest {

    @Test
    void aSchoolSeesAndPlansOnlyItsOwnActivitiesAndABureauItsDistrict() {
        UUID schoolA = UUID.randomUUID();
        UUID schoolB = UUID.randomUUID();
        // Districts no other test of any run against this database uses: only these two schools are in them.
        String districtA = TestRun.districtCode();
        announce(schoolA, districtA);
        announce(schoolB, TestRun.districtCode());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> RosterOrganization.findById(schoolB) != null
                        && RosterOrganization.findById(schoolA) != null));
        String activityA = plan(schoolA);
        String activityB = plan(schoolB);

        String schoolToken = "Bearer " + TestTokens.school(schoolA);
        given().header("Authorization", schoolToken).get("/api/v1/activities/" + activityA).then().statusCode(200);
        given().header("Authorization", schoolToken).get("/api/v1/activities/" + activityB).then().statusCode(404);
        given().header("Authorization", schoolToken).queryParam("size", 200).get("/api/v1/activities").then().statusCode(200)
                .body("items.branchId", everyItem(equalTo(schoolA.toString())));
        given().header("Authorization", schoolToken).contentType(ContentType.JSON)
                .body(Map.of("organizationId", schoolB.toString(), "type", "PARTY_LECTURE", "title", "越权", "plannedFor", "2026-11-20"))
                .post("/api/v1/activities").then().statusCode(403);

        String bureau = "Bearer " + TestTokens.bureau(districtA);
        given().header("Authorization", bureau).get("/api/v1/activities/" + activityA).then().statusCode(200);
        given().header("Authorization", bureau).get("/api/v1/activities/" + activityB).then().statusCode(404);
    }

    private static String plan(UUID branch) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", branch.toString(), "type", "COMMITTEE_MEETING", "title", "支委会", "plannedFor", "2026-11-05"))
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    private static void announce(UUID branch, String district) {
        try (TopicWriter writer = new TopicWriter()) {
            writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service",
                    "organization.created.v1", branch, branch,
                    Map.of("id", branch.toString(), "name", "学校" + branch, "type", "BRANCH", "districtCode", district, "version", 0)));
        }
    }
}
