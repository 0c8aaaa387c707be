package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.activities.repository.RosterMember;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A vote names a candidate of its own branch, and racing submissions of one evaluation get one 201 and 409s, never 500. */
@QuarkusTest
class VoteAndEvaluationInputTest {

    private static final int PARALLEL = 6;

    UUID branch;
    UUID stranger;
    List<UUID> full = new ArrayList<>();

    @BeforeEach
    void aBranchOfThreeFullMembersAndAStrangerInAnotherBranch() {
        branch = UUID.randomUUID();
        UUID otherBranch = UUID.randomUUID();
        stranger = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            organization(writer, branch);
            organization(writer, otherBranch);
            for (int i = 0; i < 3; i++) {
                UUID member = UUID.randomUUID();
                full.add(member);
                member(writer, member, branch);
            }
            member(writer, stranger, otherBranch);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> RosterMember.findById(stranger) != null && full.stream().allMatch(m -> RosterMember.findById(m) != null)));
    }

    @Test
    void aVoteOnACandidateOfAnotherBranchIsRefused() {
        String meeting = given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", branch.toString(), "type", "GENERAL_MEETING", "title", "支部党员大会", "plannedFor", "2026-09-10"))
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> attendance = full.stream()
                .map(m -> Map.<String, Object>of("memberId", m.toString(), "status", "PRESENT")).toList();
        given().contentType(ContentType.JSON).body(Map.of("heldOn", "2026-09-10", "attendance", attendance))
                .post("/api/v1/activities/" + meeting + "/record").then().statusCode(200);
        List<Map<String, Object>> ballots = full.stream()
                .map(m -> Map.<String, Object>of("voterId", m.toString(), "choice", "YES")).toList();

        given().contentType(ContentType.JSON).body(Map.of("subject", "ADMIT_CANDIDATE", "candidateMemberId", stranger.toString(),
                "motion", "接收某同志为预备党员", "ballots", ballots))
                .post("/api/v1/activities/" + meeting + "/votes").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/candidate-not-in-branch"));
        given().get("/api/v1/activities/" + meeting + "/votes").then().statusCode(200).body("size()", equalTo(0));

        given().contentType(ContentType.JSON).body(Map.of("subject", "ADMIT_CANDIDATE", "candidateMemberId", full.get(2).toString(),
                "motion", "接收某同志为预备党员", "ballots", ballots))
                .post("/api/v1/activities/" + meeting + "/votes").then().statusCode(201);
    }

    @Test
    void concurrentSubmissionsOfOneEvaluationGiveOneEvaluationAndConflicts() throws Exception {
        Map<String, Object> body = Map.of("branchId", branch.toString(), "period", "2026年上半年", "heldOn", "2026-06-30",
                "grades", full.stream().map(m -> Map.of("memberId", m.toString(), "grade", "QUALIFIED")).toList());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(body).post("/api/v1/evaluations");
                }));
            }
            start.countDown();
            Map<Integer, Integer> byStatus = new HashMap<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                byStatus.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 409) {
                    assertEquals("/problems/conflict/evaluation-exists", response.jsonPath().getString("type"));
                }
            }
            assertEquals(1, byStatus.getOrDefault(201, 0), "exactly one evaluation is created: " + byStatus);
            assertEquals(PARALLEL - 1, byStatus.getOrDefault(409, 0), "the others are told it exists: " + byStatus);
            assertTrue(byStatus.keySet().stream().allMatch(s -> s == 201 || s == 409), "no other answer: " + byStatus);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void organization(TopicWriter writer, UUID id) {
        Map<String, Object> data = Map.of("id", id.toString(), "name", "组织", "type", "BRANCH", "districtCode", "320412", "version", 0);
        writer.send("members.events", id.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service",
                "organization.created.v1", id, id, data));
    }

    private static void member(TopicWriter writer, UUID id, UUID branch) {
        Map<String, Object> data = Map.of("id", id.toString(), "organizationId", branch.toString(),
                "fullName", "党员" + id.toString().substring(0, 4), "politicalStatus", "FULL", "statusSince", "2011-07-01",
                "joinedOn", "2010-07-01", "fullSince", "2011-07-01", "membershipState", "NORMAL", "version", 0,
                "effectiveDate", "2011-07-01");
        writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service",
                "member.registered.v1", id, branch, data));
    }
}
