package io.partybranch.activities.rest;

import static io.partybranch.activities.rest.BranchOnRoster.entry;
import static io.partybranch.activities.rest.BranchOnRoster.plan;
import static io.restassured.RestAssured.given;

import io.partybranch.common.testing.EventContract;
import io.partybranch.common.testing.OutboxCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every event activities-service publishes, as its outbox holds it, conforms to the AsyncAPI document. */
@QuarkusTest
class ActivitiesEventContractTest extends OnAFreshBranch {

    @Test
    void everyEventOfActivitiesEventsIsPublishedAsTheContractSays() {
        OutboxCapture outbox = OutboxCapture.from(entityManager);
        String meeting = plan(roster.branch, "GENERAL_MEETING", "2026-09-12");
        String etag = roster.record(meeting, List.of(entry(roster.full.get(0), "PRESENT", null), entry(roster.full.get(1), "PRESENT", null),
                entry(roster.full.get(2), "PRESENT", null))).statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("heldOn", "2026-09-12", "attendance",
                List.of(entry(roster.full.get(0), "PRESENT", null))))
                .put("/api/v1/activities/" + meeting).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("subject", "OTHER", "motion", "表决事项",
                "ballots", List.of(Map.of("voterId", roster.full.get(0).toString(), "choice", "YES"))))
                .post("/api/v1/activities/" + meeting + "/votes").then().statusCode(201);
        String lecture = plan(roster.branch, "PARTY_LECTURE", "2026-11-20");
        given().contentType(ContentType.JSON).body(Map.of("reason", "台风停课"))
                .post("/api/v1/activities/" + lecture + "/cancellation").then().statusCode(200);
        List<Map<String, Object>> grades = new ArrayList<>();
        roster.full.forEach(member -> grades.add(Map.of("memberId", member.toString(), "grade", "QUALIFIED")));
        grades.add(Map.of("memberId", roster.probationer.toString(), "grade", "QUALIFIED"));
        String evaluation = given().contentType(ContentType.JSON)
                .body(Map.of("branchId", roster.branch.toString(), "period", "契约" + roster.branch,
                        "heldOn", "2026-06-30", "grades", grades))
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("results", List.of(Map.of("memberId", roster.full.get(0).toString(),
                "ballots", 6, "trusted", 6))))
                .post("/api/v1/evaluations/" + evaluation + "/trust-ballots").then().statusCode(200);

        outbox.assertConformsTo(EventContract.load(), "activities.events");
    }
}
