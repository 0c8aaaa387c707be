package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.partybranch.common.testing.BusinessDate;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.members.events.VoteEventsConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The general meeting's votes close the loop: vote.held.v1 from activities-service lands on the
 * candidate's development file through the batch inbox, once however often it arrives, and a passed
 * vote with the 预审, the 公示 and the higher committee's approval on file admits or converts the member,
 * dated by the meeting (admission) and the end of probation (conversion). Each rule with the step it
 * allows and the one it refuses. Today is 2026-11-20.
 */
@QuarkusTest
@BusinessDate("2026-11-20")
class DevelopmentVotesTest {

    @Inject
    EntityManager entityManager;

    private static ValidatableResponse step(String member, String kind, String doneOn, String endsOn, String outcome,
            List<String> introducers) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "doneOn", doneOn, "outcome", outcome, "doneBy", "某区教育局党委",
                "evidence", "区教党〔2026〕12号"));
        if (endsOn != null) {
            body.put("endsOn", endsOn);
        }
        if (introducers != null) {
            body.put("introducerIds", introducers);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/members/" + member + "/development/steps").then();
    }

    private static void refusedBy(ValidatableResponse response, String rule) {
        response.statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/rule-violation/" + rule));
    }

    private UUID vote(String branch, String member, String subject, boolean passed, String heldOn) {
        UUID vote = UUID.randomUUID();
        sendVote(vote, branch, member, subject, passed, heldOn, true);
        return vote;
    }

    /** @param applied whether to wait until the inbox has it (a dead-lettered vote never gets there) */
    private void sendVote(UUID vote, String branch, String member, String subject, boolean passed, String heldOn, boolean applied) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", vote.toString());
        data.put("activityId", UUID.randomUUID().toString());
        data.put("branchId", branch);
        data.put("subject", subject);
        data.put("candidateMemberId", member);
        data.put("motion", "接收某同志为预备党员");
        data.put("yes", passed ? 4 : 1);
        data.put("no", passed ? 0 : 3);
        data.put("abstain", 0);
        data.put("votingExpected", 5);
        data.put("passed", passed);
        data.put("outcomeLabel", passed ? "通过" : "未通过");
        data.put("heldOn", heldOn);
        try (EventFixtures events = new EventFixtures()) {
            events.send(EventFixtures.ACTIVITIES_TOPIC, "activities-service", "vote.held.v1", vote, UUID.fromString(branch), data);
            if (applied) {
                events.awaitApplied(entityManager, VoteEventsConsumer.CONSUMER);
            }
        }
    }

    /** The political review and the three days' training a 预审 follows, a month before it. */
    private static void reviewedAndTrained(String candidate, String preReviewOn) {
        LocalDate preReview = LocalDate.parse(preReviewOn);
        step(candidate, "POLITICAL_REVIEW", preReview.minusMonths(1).toString(), null, "PASSED", null).statusCode(201);
        step(candidate, "TRAINING", preReview.minusDays(20).toString(), preReview.minusDays(18).toString(), "PASSED", null).statusCode(201);
    }

    /**
     * A candidate (since 2025-10-01) reviewed and trained, with a passed 预审 on 1 September, a 公示 from
     * Monday 7 to Friday 11 September and the higher committee's talk on 14 September.
     */
    private static String candidateReadyForTheMeeting(String branch) {
        String candidate = Fixtures.registerMember(branch, "发展对象", "CANDIDATE");
        reviewedAndTrained(candidate, "2026-09-01");
        step(candidate, "PRE_REVIEW", "2026-09-01", null, "PASSED", null).statusCode(201);
        step(candidate, "PUBLICITY", "2026-09-07", "2026-09-11", "PASSED", null).statusCode(201);
        step(candidate, "HIGHER_COMMITTEE_TALK", "2026-09-14", null, "PASSED", null).statusCode(201);
        return candidate;
    }

    @Test
    void aPassedAdmissionVoteAndItsApprovalMakeTheCandidateProbationaryFromTheMeetingsDay() throws IOException {
        String branch = Fixtures.createBranch();
        List<String> introducers = List.of(Fixtures.registerMember(branch, "介绍人甲", "FULL"),
                Fixtures.registerMember(branch, "介绍人乙", "FULL"));
        String candidate = Fixtures.registerMember(branch, "发展对象", "CANDIDATE");
        // No 公示 before the 预审, nor an approval before the 公示; a 公示 of four working days is too short.
        refusedBy(step(candidate, "PUBLICITY", "2026-09-07", "2026-09-11", "PASSED", null), "development-step-order");
        // No 预审 before the political review and the training.
        refusedBy(step(candidate, "PRE_REVIEW", "2026-09-01", null, "PASSED", null), "development-step-order");
        reviewedAndTrained(candidate, "2026-09-01");
        step(candidate, "PRE_REVIEW", "2026-09-01", null, "PASSED", null).statusCode(201).body("kindLabel", equalTo("基层党委预审"));
        refusedBy(step(candidate, "ADMISSION_APPROVAL", "2026-10-15", null, "PASSED", introducers), "development-step-order");
        refusedBy(step(candidate, "PUBLICITY", "2026-09-07", "2026-09-10", "PASSED", null), "publicity-too-short");
        step(candidate, "PUBLICITY", "2026-09-07", "2026-09-11", "PASSED", null).statusCode(201);
        // Votes come from the meeting, never by hand.
        step(candidate, "ADMISSION_VOTE", "2026-09-20", null, "PASSED", null).statusCode(400).body("errors[0].field", equalTo("kind"));

        UUID vote = vote(branch, candidate, "ADMIT_CANDIDATE", true, "2026-09-20");
        sendVote(vote, branch, candidate, "ADMIT_CANDIDATE", true, "2026-09-20", true); // redelivered under a new event id
        given().get("/api/v1/members/" + candidate + "/development").then().statusCode(200)
                .body("politicalStatus", equalTo("CANDIDATE"))
                .body("steps.kind", contains("POLITICAL_REVIEW", "TRAINING", "PRE_REVIEW", "PUBLICITY", "ADMISSION_VOTE"))
                .body("steps[4].voteId", equalTo(vote.toString())).body("steps[4].yes", equalTo(4))
                .body("steps[4].outcomeLabel", equalTo("通过")).body("steps[4].applied", equalTo(false))
                .body("steps[4].note", equalTo("awaiting the higher committee's approval"))
                .body("deadlines.find { it.kind == 'ADMISSION_APPROVAL' }.dueOn", equalTo("2026-12-20"))
                .body("deadlines.find { it.kind == 'ADMISSION_APPROVAL' }.state", equalTo("OPEN"));

        // The higher committee talks with the candidate before it approves.
        refusedBy(step(candidate, "ADMISSION_APPROVAL", "2026-10-15", null, "PASSED", introducers), "development-step-order");
        step(candidate, "HIGHER_COMMITTEE_TALK", "2026-10-08", null, "PASSED", null).statusCode(201);
        refusedBy(step(candidate, "ADMISSION_APPROVAL", "2026-10-15", null, "PASSED", introducers.subList(0, 1)), "introducers-required");
        step(candidate, "ADMISSION_APPROVAL", "2026-10-15", null, "PASSED", introducers).statusCode(201).body("applied", equalTo(true));
        given().get("/api/v1/members/" + candidate).then().statusCode(200)
                .body("politicalStatus", equalTo("PROBATIONARY")).body("joinedOn", equalTo("2026-09-20"))
                .body("probationEndsOn", equalTo("2027-09-20")).body("statusSince", equalTo("2026-09-20"));
        given().get("/api/v1/members/" + candidate + "/development").then()
                .body("steps.find { it.kind == 'ADMISSION_VOTE' }.applied", equalTo(true))
                .body("steps.find { it.kind == 'ADMISSION_VOTE' }.note", nullValue());
        // The file as the higher committee reads it, in Word: the steps with the tally, the introducers, no citizen ID.
        byte[] docx = given().get("/api/v1/members/" + candidate + "/development/document").then().statusCode(200)
                .contentType(containsString("wordprocessingml")).extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(
                new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            String all = text.getText();
            Assertions.assertTrue(all.contains("发展对象同志发展党员档案"), all);
            Assertions.assertTrue(all.contains("支部大会讨论接收预备党员"), all);
            Assertions.assertTrue(all.contains("赞成4票"), all);
            Assertions.assertTrue(all.contains("介绍人甲、介绍人乙"), all);
            Assertions.assertTrue(all.contains("2026年9月20日"), all);
        }
    }

    @Test
    void anApprovalRecordedFirstIsCompletedByTheVoteWhenItArrives() {
        String branch = Fixtures.createBranch();
        List<String> introducers = List.of(Fixtures.registerMember(branch, "介绍人甲", "FULL"),
                Fixtures.registerMember(branch, "介绍人乙", "FULL"));
        String candidate = candidateReadyForTheMeeting(branch);
        step(candidate, "ADMISSION_APPROVAL", "2026-10-01", null, "PASSED", introducers).statusCode(201).body("applied", equalTo(false));
        vote(branch, candidate, "ADMIT_CANDIDATE", true, "2026-09-25");
        given().get("/api/v1/members/" + candidate).then().body("politicalStatus", equalTo("PROBATIONARY"))
                .body("joinedOn", equalTo("2026-09-25"));
    }

    @Test
    void theApprovalComesWithinThreeMonthsOfTheMeeting() {
        String branch = Fixtures.createBranch();
        List<String> introducers = List.of(Fixtures.registerMember(branch, "介绍人甲", "FULL"),
                Fixtures.registerMember(branch, "介绍人乙", "FULL"));
        String candidate = Fixtures.registerMember(branch, "发展对象", "CANDIDATE");
        reviewedAndTrained(candidate, "2026-05-04");
        step(candidate, "PRE_REVIEW", "2026-05-04", null, "PASSED", null).statusCode(201);
        step(candidate, "PUBLICITY", "2026-05-11", "2026-05-15", "PASSED", null).statusCode(201);
        step(candidate, "HIGHER_COMMITTEE_TALK", "2026-05-20", null, "PASSED", null).statusCode(201);
        vote(branch, candidate, "ADMIT_CANDIDATE", true, "2026-06-10");
        refusedBy(step(candidate, "ADMISSION_APPROVAL", "2026-10-05", null, "PASSED", introducers), "approval-after-three-months");
        refusedBy(step(candidate, "ADMISSION_APPROVAL", "2026-06-01", null, "PASSED", introducers), "dates-out-of-order");
        step(candidate, "ADMISSION_APPROVAL", "2026-09-10", null, "PASSED", introducers).statusCode(201).body("applied", equalTo(true));
    }

    @Test
    void aFailedVoteIsRecordedOnTheFileAndChangesNothing() {
        String branch = Fixtures.createBranch();
        String candidate = candidateReadyForTheMeeting(branch);
        vote(branch, candidate, "ADMIT_CANDIDATE", false, "2026-09-20");
        given().get("/api/v1/members/" + candidate + "/development").then().body("politicalStatus", equalTo("CANDIDATE"))
                .body("steps[5].kind", equalTo("ADMISSION_VOTE")).body("steps[5].outcome", equalTo("FAILED"))
                .body("steps[5].outcomeLabel", equalTo("未通过")).body("steps[5].no", equalTo(3));
    }

    @Test
    void aPassedVoteWithoutThePreReviewSaysSoOnTheFile() {
        String branch = Fixtures.createBranch();
        String candidate = Fixtures.registerMember(branch, "发展对象", "CANDIDATE");
        vote(branch, candidate, "ADMIT_CANDIDATE", true, "2026-09-20");
        given().get("/api/v1/members/" + candidate + "/development").then().body("politicalStatus", equalTo("CANDIDATE"))
                .body("steps", hasSize(1)).body("steps[0].applied", equalTo(false))
                .body("steps[0].note", containsString("no passed 预审"));
    }

    @Test
    void aPassedConversionVoteAndItsApprovalMakeTheMemberFullFromTheEndOfProbation() {
        String branch = Fixtures.createBranch();
        Map<String, Object> body = Fixtures.memberBody(branch, "预备党员", "PROBATIONARY");
        body.put("statusSince", "2025-10-10");
        String member = Fixtures.register(body);
        vote(branch, member, "CONVERT_PROBATIONARY", true, "2026-10-20");
        given().get("/api/v1/members/" + member).then().body("politicalStatus", equalTo("PROBATIONARY"));
        // A 预审 dated after the admission falls outside the candidate's stage.
        refusedBy(step(member, "PRE_REVIEW", "2026-10-01", null, "PASSED", null), "dates-out-of-order");
        step(member, "CONVERSION_APPROVAL", "2026-11-02", null, "PASSED", null).statusCode(201).body("applied", equalTo(true));
        given().get("/api/v1/members/" + member).then().body("politicalStatus", equalTo("FULL")).body("fullSince", equalTo("2026-10-10"));
    }

    @Test
    void aVoteNamingNoMemberIsDeadLettered() {
        String branch = Fixtures.createBranch();
        UUID vote = UUID.randomUUID();
        sendVote(vote, branch, UUID.randomUUID().toString(), "ADMIT_CANDIDATE", true, "2026-09-20", false);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery(
                        "select count(*) from dead_letter where consumer = :c and event_type = 'vote.held.v1' and reason like :r")
                .setParameter("c", VoteEventsConsumer.CONSUMER).setParameter("r", "%" + vote + "%").getSingleResult()).intValue() == 1));
    }
}
