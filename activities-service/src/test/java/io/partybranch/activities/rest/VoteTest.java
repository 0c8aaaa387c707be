package io.partybranch.activities.rest;

import static io.partybranch.activities.rest.BranchOnRoster.entry;
import static io.partybranch.activities.rest.BranchOnRoster.plan;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.partybranch.common.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Votes of a general meeting: full members present vote, and a resolution needs more than half of those expected. */
@QuarkusTest
class VoteTest extends OnAFreshBranch {

    @Test
    void aResolutionPassesOnlyWithMoreThanHalfOfTheVotingMembersExpected() {
        String meeting = plan(roster.branch, "GENERAL_MEETING", "2026-09-12");
        List<Map<String, Object>> attendance = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attendance.add(entry(roster.full.get(i), "PRESENT", null));
        }
        attendance.add(entry(roster.full.get(4), "EXCUSED", "病假"));
        attendance.add(entry(roster.probationer, "PRESENT", null));
        roster.record(meeting, attendance).statusCode(200);

        vote(meeting, List.of(ballot(roster.full.get(0), "YES"), ballot(roster.probationer, "YES"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/probationary-cannot-vote"));
        vote(meeting, List.of(ballot(roster.full.get(4), "YES"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/voter-not-present"));
        String passed = vote(meeting, List.of(ballot(roster.full.get(0), "YES"), ballot(roster.full.get(1), "YES"),
                ballot(roster.full.get(2), "YES"), ballot(roster.full.get(3), "NO")))
                .statusCode(201).body("yes", equalTo(3)).body("votingExpected", equalTo(5)).body("passed", equalTo(true))
                .extract().path("id");
        // Two yes votes are all of those voting, but not more than half of the five who should attend.
        vote(meeting, List.of(ballot(roster.full.get(0), "YES"), ballot(roster.full.get(1), "YES"), ballot(roster.full.get(2), "ABSTAIN")))
                .statusCode(201).body("passed", equalTo(false)).body("outcomeLabel", equalTo("未通过"));
        given().get("/api/v1/activities/" + meeting + "/votes").then().body("", hasSize(2));

        String committeeMeeting = plan(roster.branch, "COMMITTEE_MEETING", "2026-09-13");
        roster.record(committeeMeeting, List.of(entry(roster.full.get(0), "PRESENT", null))).statusCode(200);
        vote(committeeMeeting, List.of(ballot(roster.full.get(0), "YES"))).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/vote-needs-held-general-meeting"));
        try (TopicReader topic = TopicReader.of("activities.events")) {
            JsonNode held = TopicReader.json(topic.await(TopicReader.eventWithSubject("vote.held.v1", passed)).value()).path("data");
            assertEquals(meeting, held.path("activityId").asText());
            assertEquals(3, held.path("yes").asInt());
            assertEquals(true, held.path("passed").asBoolean());
        }
    }

    private static ValidatableResponse vote(String meeting, List<Map<String, Object>> ballots) {
        return given().contentType(ContentType.JSON).body(Map.of("subject", "ADMIT_CANDIDATE", "motion", "接收某同志为预备党员",
                "ballots", ballots)).post("/api/v1/activities/" + meeting + "/votes").then();
    }

    private static Map<String, Object> ballot(UUID voter, String choice) {
        return Map.of("voterId", voter.toString(), "choice", choice);
    }
}
