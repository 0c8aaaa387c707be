package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 民主评议: every party member graded or listed with why not, at most a third excellent, trust ballots on the committee. */
@QuarkusTest
class EvaluationTest extends OnAFreshBranch {

    @Test
    void anEvaluationGradesEveryPartyMemberWithAtMostAThirdExcellentAndTrustBallotsOnTheCommittee() {
        List<Map<String, Object>> grades = new ArrayList<>();
        grades.add(grade(roster.full.get(0), "EXCELLENT"));
        grades.add(grade(roster.full.get(1), "QUALIFIED"));
        grades.add(grade(roster.full.get(2), "QUALIFIED"));
        grades.add(grade(roster.full.get(3), "QUALIFIED"));
        grades.add(grade(roster.probationer, "QUALIFIED"));
        String period = "2026年上半年-" + roster.branch;
        List<Map<String, Object>> sick = List.of(Map.of("memberId", roster.full.get(4).toString(), "reason", "病假"));

        evaluate(period, grades, List.of()).statusCode(400).body("errors[0].field", equalTo("notEvaluated"));
        List<Map<String, Object>> withActivist = new ArrayList<>(grades);
        withActivist.add(grade(roster.activist, "QUALIFIED"));
        evaluate(period, withActivist, sick).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/evaluated-not-in-branch"));
        List<Map<String, Object>> tooMany = new ArrayList<>(grades);
        tooMany.set(1, grade(roster.full.get(1), "EXCELLENT")); // 2 of 5 is more than a third
        evaluate(period, tooMany, sick).statusCode(409)
                .body("type", equalTo("/problems/rule-violation/excellent-over-one-third"));

        String evaluation = evaluate(period, grades, sick).statusCode(201)
                .body("evaluated", equalTo(5)).body("distribution.EXCELLENT", equalTo(1)).body("distribution.QUALIFIED", equalTo(4))
                .body("notEvaluated[0].reason", equalTo("病假"))
                .extract().path("id");
        evaluate(period, grades, sick).statusCode(409).body("type", equalTo("/problems/conflict/evaluation-exists"));

        given().contentType(ContentType.JSON)
                .body(Map.of("results", List.of(Map.of("memberId", roster.full.get(3).toString(), "ballots", 21, "trusted", 20))))
                .post("/api/v1/evaluations/" + evaluation + "/trust-ballots").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/trust-ballot-not-committee"));
        given().contentType(ContentType.JSON).body(Map.of("results", List.of(
                Map.of("memberId", roster.full.get(0).toString(), "ballots", 21, "trusted", 21),
                Map.of("memberId", roster.full.get(1).toString(), "ballots", 21, "trusted", 20))))
                .post("/api/v1/evaluations/" + evaluation + "/trust-ballots").then().statusCode(200)
                .body("trustBallots.find { it.memberId == '" + roster.full.get(1) + "' }.trustRate", equalTo(0.9524f));
    }

    private ValidatableResponse evaluate(String period, List<Map<String, Object>> grades, List<Map<String, Object>> notEvaluated) {
        return given().contentType(ContentType.JSON).body(Map.of("branchId", roster.branch.toString(),
                "period", period, "heldOn", "2026-06-30", "grades", grades, "notEvaluated", notEvaluated))
                .post("/api/v1/evaluations").then();
    }

    private static Map<String, Object> grade(UUID member, String grade) {
        return Map.of("memberId", member.toString(), "grade", grade);
    }
}
