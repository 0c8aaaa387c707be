package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.partybranch.common.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Due and overdue steps, read against a fixed date so the expectations are exact. */
@QuarkusTest
class PipelineTest {

    @Test
    void overdueAndDueStepsAndCommitteeTermsAreListed() {
        UUID branch = UUID.randomUUID();
        UUID pastAYear = UUID.randomUUID();
        UUID dueSoon = UUID.randomUUID();
        UUID ending = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID committee = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            send(writer, "organization.created.v1", branch, branch, Map.of("id", branch.toString(), "name", "支部", "type", "BRANCH",
                    "districtCode", "320412", "version", 0));
            member(writer, branch, pastAYear, "积极分子甲", "ACTIVIST", "2025-10-01", Map.of("activistSince", "2025-10-01"));
            member(writer, branch, dueSoon, "积极分子乙", "ACTIVIST", "2025-12-10", Map.of("activistSince", "2025-12-10"));
            member(writer, branch, ending, "预备党员丙", "PROBATIONARY", "2025-12-01",
                    Map.of("joinedOn", "2025-12-01", "probationEndsOn", "2026-12-01"));
            member(writer, branch, late, "预备党员丁", "PROBATIONARY", "2025-06-01",
                    Map.of("joinedOn", "2025-06-01", "probationEndsOn", "2026-06-01"));
            member(writer, branch, UUID.randomUUID(), "正式党员", "FULL", "2011-07-01",
                    Map.of("joinedOn", "2010-07-01", "fullSince", "2011-07-01"));
            send(writer, "committee.elected.v1", committee, branch, Map.of("id", committee.toString(), "branchId", branch.toString(),
                    "electedOn", "2023-09-01", "termEndsOn", "2026-09-01", "version", 0, "posts", List.of()));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> given().queryParam("asOf", "2026-11-22").get("/api/v1/statistics/branches/" + branch + "/pipeline").then()
                        .statusCode(200).body("stages", hasSize(4)).body("terms", hasSize(1)));

        given().queryParam("asOf", "2026-11-22").get("/api/v1/statistics/branches/" + branch + "/pipeline").then()
                .body("stages.status", contains("ACTIVIST", "ACTIVIST", "PROBATIONARY", "PROBATIONARY"))
                .body("alerts.kind", contains("CONVERSION_LATE", "ACTIVIST_PAST_A_YEAR", "PROBATION_ENDING", "ACTIVIST_DUE"))
                .body("alerts.find { it.kind == 'CONVERSION_LATE' }.fullName", equalTo("预备党员丁"))
                .body("alerts.find { it.kind == 'ACTIVIST_DUE' }.due", equalTo("2026-12-10"))
                .body("terms[0].kind", equalTo("TERM_OVERDUE"));
        // Read earlier, the same facts fall due later: nothing overdue yet, the term only ending soon.
        given().queryParam("asOf", "2026-05-10").get("/api/v1/statistics/branches/" + branch + "/pipeline").then()
                .body("alerts.kind", contains("PROBATION_ENDING"))
                .body("terms[0].kind", equalTo("TERM_ENDING"));
    }

    private static void member(TopicWriter writer, UUID branch, UUID id, String name, String status, String since,
            Map<String, Object> dates) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "organizationId", branch.toString(), "fullName", name,
                "gender", "FEMALE", "birthDate", "1990-01-01", "politicalStatus", status, "statusSince", since,
                "membershipState", "NORMAL", "version", 0));
        data.putAll(dates);
        send(writer, "member.registered.v1", id, branch, data);
    }

    private static void send(TopicWriter writer, String type, UUID subject, UUID branch, Map<String, Object> data) {
        writer.send("members.events", branch.toString(),
                TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", type, subject, branch, data));
    }
}
