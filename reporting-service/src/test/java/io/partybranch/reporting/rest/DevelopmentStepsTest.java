package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.partybranch.common.testing.BusinessDate;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each person's current step and next time limit in the branch pipeline, and a district's counts per
 * current step and of overdue limits, from development-step.recorded.v1 and member events. The business
 * clock stands on 2026-11-20, so what is overdue by default is counted by hand.
 */
@QuarkusTest
@BusinessDate("2026-11-20")
class DevelopmentStepsTest {

    static final String STEPS = "/api/v1/statistics/organizations/{id}/development-steps";
    static final String PIPELINE = "/api/v1/statistics/branches/{id}/pipeline";

    @Inject
    EntityManager entityManager;

    @Test
    void theCurrentStepNextDeadlineAndOverdueCountsFollowTheFiles() {
        UUID district = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID activist = UUID.randomUUID();
        UUID probationary = UUID.randomUUID();
        UUID candidate = UUID.randomUUID();
        UUID full = UUID.randomUUID();
        UUID mover = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures(); TopicWriter writer = new TopicWriter()) {
            events.organization(district, "发展区教育局党委", "ORG_PARTY_COMMITTEE", null, "325801");
            events.organization(a, "发展一支部", "BRANCH", district, "325801");
            events.organization(b, "发展二支部", "BRANCH", district, "325801");
            events.member(activist, a).activist("2026-01-10").send();
            step(events, activist, a, "MENTORS_APPOINTED", "ACTIVIST", "MENTORS_APPOINTED", "2026-01-10", "ACTIVIST_REVIEW", "2026-07-10",
                    1);
            step(events, activist, a, "ACTIVIST_REVIEW", "ACTIVIST", "ACTIVIST_REVIEW", "2026-06-01", "ACTIVIST_REVIEW", "2026-12-01", 3);
            // An older state of the file arriving late never overwrites the newer one (its limit would be overdue).
            step(events, activist, a, "ACTIVIST_REPORT", "ACTIVIST", "ACTIVIST_REPORT", "2026-03-01", "ACTIVIST_REVIEW", "2026-07-10", 2);

            events.member(probationary, b).probationary("2025-10-01").set("probationEndsOn", "2026-10-01").send();
            Map<String, Object> oath = data(probationary, b, "OATH", "PROBATIONARY", "OATH", "2025-10-08", "PROBATION_REVIEW", "2026-01-01",
                    1);
            // The same event delivered twice is applied once.
            UUID twice = UUID.randomUUID();
            writer.send(EventFixtures.MEMBERS_TOPIC, b.toString(), TopicWriter.cloudEvent(twice, "members-service",
                    "development-step.recorded.v1", probationary, b, oath));
            writer.send(EventFixtures.MEMBERS_TOPIC, b.toString(), TopicWriter.cloudEvent(twice, "members-service",
                    "development-step.recorded.v1", probationary, b, oath));

            // Made a candidate after the step: the activist's review it was owed no longer counts, the step still does.
            step(events, candidate, a, "RECOMMENDATION", "ACTIVIST", "RECOMMENDATION", "2026-02-01", "ACTIVIST_REVIEW", "2026-03-01", 2);
            events.member(candidate, a).set("politicalStatus", "CANDIDATE").set("activistSince", "2025-09-01")
                    .set("candidateSince", "2026-03-01").set("statusSince", "2026-03-01").send();

            // A full member's file is complete: neither counted nor listed.
            events.member(full, b).full("2025-06-01", "2026-06-01").send();
            step(events, full, b, "CONVERSION_APPROVAL", "FULL", "CONVERSION_APPROVAL", "2026-06-10", null, null, 9);

            // Filed in the first branch, then transferred: the file counts where the person now is.
            step(events, mover, a, "APPLICATION_TALK", "APPLICANT", "APPLICATION_TALK", "2026-09-10", null, null, 1);
            events.member(mover, b).set("politicalStatus", "APPLICANT").set("appliedOn", "2026-09-01").set("statusSince", "2026-09-01")
                    .transferredFrom(a, "2026-10-01", 1).send();
            events.awaitApplied(entityManager, "reporting", EventFixtures.MEMBERS_TOPIC);
        }

        given().get(PIPELINE, a).then().statusCode(200).body("asOf", equalTo("2026-11-20"))
                .body("stages", hasSize(2))
                .body("stages.memberId", contains(activist.toString(), candidate.toString()))
                .body("stages[0].currentStep", equalTo("ACTIVIST_REVIEW"))
                .body("stages[0].currentStepLabel", equalTo("党支部培养考察"))
                .body("stages[0].currentStepOn", equalTo("2026-06-01"))
                .body("stages[0].nextStep", equalTo("ACTIVIST_REVIEW"))
                .body("stages[0].nextStepDueOn", equalTo("2026-12-01"))
                .body("stages[0].nextStepOverdue", equalTo(false))
                .body("stages[1].currentStep", equalTo("RECOMMENDATION"))
                .body("stages[1].nextStep", nullValue())
                .body("stages[1].nextStepOverdue", equalTo(false));
        given().get(PIPELINE, b).then().statusCode(200)
                .body("stages.memberId", contains(mover.toString(), probationary.toString()))
                .body("stages[0].currentStep", equalTo("APPLICATION_TALK"))
                .body("stages[0].nextStep", nullValue())
                .body("stages[1].currentStep", equalTo("OATH"))
                .body("stages[1].nextStep", equalTo("PROBATION_REVIEW"))
                .body("stages[1].nextStepDueOn", equalTo("2026-01-01"))
                .body("stages[1].nextStepOverdue", equalTo(true));
        // Read on a later day, the activist's review is overdue too.
        given().queryParam("asOf", "2026-12-02").get(PIPELINE, a).then().body("stages[0].nextStepOverdue", equalTo(true));

        given().get(STEPS, district).then().statusCode(200).body("asOf", equalTo("2026-11-20"))
                .body("organizationName", equalTo("发展区教育局党委"))
                .body("persons", equalTo(4))
                .body("byCurrentStep.step", contains("APPLICATION_TALK", "ACTIVIST_REVIEW", "RECOMMENDATION", "OATH"))
                .body("byCurrentStep.persons", contains(1, 1, 1, 1))
                .body("byCurrentStep[3].stepLabel", equalTo("入党宣誓"))
                .body("overdue", equalTo(1))
                .body("overdueByStep.step", contains("PROBATION_REVIEW"));
        given().queryParam("asOf", "2026-12-02").get(STEPS, district).then().statusCode(200)
                .body("overdue", equalTo(2))
                .body("overdueByStep.step", contains("ACTIVIST_REVIEW", "PROBATION_REVIEW"));
        given().get(STEPS, a).then().statusCode(200).body("persons", equalTo(2))
                .body("byCurrentStep.step", contains("ACTIVIST_REVIEW", "RECOMMENDATION")).body("overdue", equalTo(0));
        given().get(STEPS, b).then().statusCode(200).body("persons", equalTo(2))
                .body("byCurrentStep.step", contains("APPLICATION_TALK", "OATH")).body("overdue", equalTo(1));
        given().get(STEPS, UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    private static void step(EventFixtures events, UUID member, UUID branch, String kind, String status, String current, String currentOn,
            String next, String dueOn, long version) {
        events.send(EventFixtures.MEMBERS_TOPIC, "members-service", "development-step.recorded.v1", member, branch,
                data(member, branch, kind, status, current, currentOn, next, dueOn, version));
    }

    /** The data of a development-step.recorded.v1; next and dueOn may be null. */
    static Map<String, Object> data(UUID member, UUID branch, String kind, String status, String current, String currentOn,
            String next, String dueOn, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("stepId", UUID.randomUUID().toString(), "memberId", member.toString(),
                "organizationId", branch.toString(), "kind", kind, "outcome", "PASSED", "doneOn", currentOn, "politicalStatus", status,
                "currentStep", current, "currentStepOn", currentOn, "version", version));
        data.put("nextStep", next);
        data.put("nextStepDueOn", dueOn);
        return data;
    }
}
