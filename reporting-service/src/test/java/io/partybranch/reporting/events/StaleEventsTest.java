package io.partybranch.reporting.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.reporting.ReadModelRows;
import io.partybranch.reporting.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A committee's posts and an evaluation's grades and trust ballots come as full states with the
 * producer's version; one that arrives after a later one changes nothing (a relay's retry, a replayed
 * partition), and the figures stay those of the latest.
 */
@QuarkusTest
class StaleEventsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aLateOlderCommitteeOrEvaluationDoesNotOverwriteTheNewerOne() {
        UUID branch = UUID.randomUUID();
        UUID committee = UUID.randomUUID();
        UUID evaluation = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID lastMember = UUID.randomUUID();
        UUID lastActivity = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.organization(branch, "版本支部", "BRANCH", null, "320412");
            for (UUID member : List.of(first, second, third)) {
                events.member(member, branch).full("2010-07-01", "2011-07-01").send();
            }
            events.committee(committee, branch, "2024-09-01", "2027-08-31",
                    List.of(TestEvents.post(first, "SECRETARY", "2024-09-01", null)), 0);
            events.committee(committee, branch, "2024-09-01", "2027-08-31",
                    List.of(TestEvents.post(second, "SECRETARY", "2025-03-01", null)), 2);
            // Version 1 arrives last, as a retried or replayed record would.
            events.committee(committee, branch, "2024-09-01", "2027-08-31",
                    List.of(TestEvents.post(third, "SECRETARY", "2024-12-01", null)), 1);
            events.member(lastMember, branch).full("2012-07-01", "2013-07-01").send();

            events.evaluation(evaluation, branch, "2025年度", "2025-12-20", Map.of("QUALIFIED", 3), List.of(TestEvents.trust(second, 3, 3)),
                    2);
            events.evaluation(evaluation, branch, "2025年度", "2025-12-20", Map.of("EXCELLENT", 3), List.of(TestEvents.trust(second, 3, 1)),
                    1);
            events.activity("activity.held.v1", lastActivity, branch, branch, "THEME_DAY", "2025-12-22", 1.0, List.of(), 1);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("member_view where id = '" + lastMember + "'") == 1
                && count("activity_view where id = '" + lastActivity + "'") == 1);

        assertEquals(1, count("committee_post_view where committee_id = '" + committee + "' and member_id = '" + second + "'"));
        assertEquals(0, count("committee_post_view where committee_id = '" + committee + "' and member_id <> '" + second + "'"));
        assertEquals(1, count("evaluation_month where branch_id = '" + branch + "' and grade = 'QUALIFIED' and count = 3"));
        assertEquals(0, count("evaluation_month where branch_id = '" + branch + "' and grade = 'EXCELLENT'"));
        assertEquals(1, count("trust_month where branch_id = '" + branch + "' and trusted = 3"));
        given().queryParam("period", "2025").get("/api/v1/statistics/branches/{id}/period", branch).then().statusCode(200)
                .body("committee.posts.memberId", contains(second.toString()))
                .body("evaluations.grades.QUALIFIED", equalTo(3)).body("evaluations.trustRate", equalTo(1.0f));
    }

    private long count(String from) {
        return ReadModelRows.count(entityManager, from);
    }
}
