package io.partybranch.activities.rest;

import static io.partybranch.activities.rest.BranchOnRoster.plan;
import static io.partybranch.activities.rest.BranchOnRoster.recordWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Talks, pairings and 三重一大 decisions carry their own fields and rules. */
@QuarkusTest
class ActivityDetailsTest extends OnAFreshBranch {

    @Test
    void aTalkIsHeldByACommitteeMemberWithAMemberOfTheBranch() {
        String talk = plan(roster.branch, "HEART_TO_HEART_TALK", "2026-10-20");
        recordWith(talk,
                Map.of("talk", Map.of("committeeMemberId", roster.full.get(3).toString(), "memberId", roster.full.get(4).toString())))
                .statusCode(409).body("type", equalTo("/problems/rule-violation/talk-needs-committee-member"));
        recordWith(talk, Map.of()).statusCode(400).body("errors[0].field", equalTo("talk"));
        recordWith(talk,
                Map.of("talk", Map.of("committeeMemberId", roster.full.get(0).toString(), "memberId", roster.full.get(4).toString(),
                        "summary", "交流教学与思想状况")))
                .statusCode(200).body("details.talk.memberId", equalTo(roster.full.get(4).toString()));

        String meeting = plan(roster.branch, "GENERAL_MEETING", "2026-10-22");
        recordWith(meeting,
                Map.of("talk", Map.of("committeeMemberId", roster.full.get(0).toString(), "memberId", roster.full.get(4).toString())))
                .statusCode(400).body("errors[0].field", equalTo("talk"));
    }

    @Test
    void aPupilIsPairedOnlyByAPseudonymousReference() {
        String pairing = plan(roster.branch, "PAIRING", "2026-10-21");
        recordWith(pairing,
                Map.of("pairing", Map.of("memberId", roster.full.get(1).toString(), "partnerKind", "PUPIL", "partnerName", "某学生")))
                .statusCode(400).body("errors[0].field", equalTo("pairing.pupilReference"));
        recordWith(pairing,
                Map.of("pairing", Map.of("memberId", roster.full.get(1).toString(), "partnerKind", "PUPIL", "pupilReference", "张小明")))
                .statusCode(400).body("errors[0].field", equalTo("pairing.pupilReference"));
        recordWith(pairing,
                Map.of("pairing",
                        Map.of("memberId", roster.full.get(1).toString(), "partnerKind", "PUPIL", "pupilReference", "P-2026-0417")))
                .statusCode(200).body("details.pairing.pupilReference", equalTo("P-2026-0417"));
    }

    @Test
    void aMajorDecisionRunsThroughItsStagesInOrder() {
        String decision = plan(roster.branch, "MAJOR_DECISION", "2026-09-01");
        recordWith(decision, Map.of("decision", Map.of("category", "LARGE_FUNDS", "stages", List.of(
                Map.of("stage", "ADMINISTRATION", "decidedOn", "2026-09-01")))))
                .statusCode(409).body("type", equalTo("/problems/rule-violation/decision-stage-order"));
        recordWith(decision, Map.of("decision", Map.of("category", "LARGE_FUNDS", "stages", List.of(
                Map.of("stage", "COMMITTEE", "decidedOn", "2026-09-01"), Map.of("stage", "ADMINISTRATION", "decidedOn", "2026-08-30")))))
                .statusCode(409).body("type", equalTo("/problems/rule-violation/decision-stage-order"));
        recordWith(decision, Map.of("decision", Map.of("category", "LARGE_FUNDS", "stages", List.of(
                Map.of("stage", "COMMITTEE", "decidedOn", "2026-09-01"), Map.of("stage", "ADMINISTRATION", "decidedOn", "2026-09-03"),
                Map.of("stage", "STAFF_CONGRESS", "decidedOn", "2026-09-10")))))
                .statusCode(200).body("details.decision.stages", hasSize(3));
    }
}
