package io.partybranch.deploy.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.deploy.LocalStack;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * F7: malformed, unknown-type and unknown-version records on each topic, keyed like a real branch's
 * events. Each consumer dead-letters them with their reason, lists them for administrators, replays
 * them on demand (they still fail, and stay listed), and the branch's next real events, in the same
 * partitions, are applied.
 */
@ExtendWith(FaultStack.class)
class F7PoisonRecordsFaultIT {

    @Test
    void poisonIsDeadLetteredListedAndReplayableWhileThePartitionKeepsFlowing() throws Exception {
        LocalStack stack = FaultStack.stack();
        String branch = Writes.branch("毒消息党支部");
        List<String> branches = List.of(branch);
        Recount.awaitExact(stack, branches, Duration.ofSeconds(60));
        String organizationV2 = Faults.cloudEvent("organization.updated.v2", "members-service", branch, branch,
                "{\"id\":\"" + branch
                        + "\",\"name\":\"v2 must not be applied as v1\",\"type\":\"BRANCH\",\"districtCode\":\"320412\",\"version\":99}");
        Faults.send(stack, "members.events", branch,
                List.of("{\"truncated\": \"" + branch, Faults.cloudEvent("widget.invented.v1", "members-service",
                        branch, branch, "{\"id\":\"" + branch + "\"}"), organizationV2));
        String activity = UUID.randomUUID().toString();
        Faults.send(stack, "activities.events", branch,
                List.of("not even json " + branch, Faults.cloudEvent("widget.invented.v1", "activities-service",
                        activity, branch, "{\"id\":\"" + activity + "\"}"),
                        Faults.cloudEvent("activity.held.v2", "activities-service", activity, branch,
                                "{\"id\":\"" + activity + "\",\"branchId\":\"" + branch + "\",\"organizationId\":\"" + branch
                                        + "\",\"type\":\"THEME_DAY\","
                                        + "\"status\":\"HELD\",\"heldOn\":\"2026-10-10\",\"version\":1}")));
        // The branch's next real events, behind the poison in the same partitions.
        Writes.member(branch).orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> Writes.activity(branch).isPresent());
        Recount.Converged converged = Recount.awaitExact(stack, branches, Duration.ofSeconds(60));
        assertEquals(1, converged.result().total("members in reporting"));
        assertEquals(1, converged.result().total("activities in reporting"));

        Map<String, Integer> reporting = reasons(Faults.REPORTING_DEAD_LETTERS, branch, activity);
        assertEquals(Map.of("members.events/unparseable", 1, "members.events/unknown-type", 1, "members.events/unknown-version", 1,
                "activities.events/unparseable", 1, "activities.events/unknown-type", 1, "activities.events/unknown-version", 1),
                reporting);
        Map<String, Integer> roster = reasons(Faults.ACTIVITIES_DEAD_LETTERS, branch, activity);
        assertEquals(Map.of("members.events/unparseable", 1, "members.events/unknown-type", 1, "members.events/unknown-version", 1),
                roster);
        given().get("/api/v1/statistics/organizations/" + branch).then().statusCode(200)
                .body("organizationName", Matchers.equalTo("毒消息党支部"));

        JsonPath open = given().queryParam("size", 200).get(Faults.REPORTING_DEAD_LETTERS).then().statusCode(200).extract().jsonPath();
        String one = open.getString("items.find { it.eventType == 'organization.updated.v2' }.id");
        given().post(Faults.REPORTING_DEAD_LETTERS + "/" + one + "/replay").then().statusCode(200)
                .body("outcome", Matchers.equalTo("STILL_FAILING"))
                .body("deadLetter.reasonCode", Matchers.equalTo("unknown-version"));
        JsonPath all = given().post(Faults.ACTIVITIES_DEAD_LETTERS + "/replay").then().statusCode(200).extract().jsonPath();
        assertTrue(all.getInt("stillFailing") >= 3, all.prettify());
        assertEquals(roster, reasons(Faults.ACTIVITIES_DEAD_LETTERS, branch, activity), "still listed after the replay");
        Faults.figures(stack, "F7", "6 poison records (malformed, unknown type, unknown version on each topic): reporting dead-lettered "
                + reporting.values().stream().mapToInt(Integer::intValue).sum() + ", the roster copy " + roster.size()
                + ", each with its reason; replayed, still failing; the partitions kept flowing; " + converged.result());
    }

    /** Open dead letters of this scenario (by key or subject), as topic/reason → count. */
    private static Map<String, Integer> reasons(String endpoint, String branch, String activity) {
        Map<String, Integer> reasons = new HashMap<>();
        JsonPath page = given().queryParam("size", 200).get(endpoint).then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> letter : page.<Map<String, Object>>getList("items")) {
            String id = (String) letter.get("id");
            String payload = given().get(endpoint + "/" + id).then().statusCode(200).extract().path("payload");
            boolean ours = payload != null && (payload.contains(branch) || payload.contains(activity));
            if (ours) {
                reasons.merge(letter.get("topic") + "/" + letter.get("reasonCode"), 1, Integer::sum);
            }
        }
        return reasons;
    }
}
