package io.partybranch.deploy.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.deploy.LocalStack;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * F4: reporting starts on a fresh, empty schema and rebuilds from both topics, which hold poison and
 * unknown-version records among everything else: the rebuild completes and the figures are identical.
 */
@Tag("slow-fault")
@ExtendWith(FaultStack.class)
class F4RebuildFreshSchemaFaultIT {

    @Test
    void aFreshReportingRebuiltFromTopicsWithPoisonHasTheSameFigures() throws Exception {
        LocalStack stack = FaultStack.stack();
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String branch = Writes.branch("重建" + i + "党支部");
            branches.add(branch);
            for (int n = 0; n < 5; n++) {
                Writes.member(branch).orElseThrow();
                Writes.honour(branch).orElseThrow();
            }
            Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> Writes.activity(branch).isPresent());
        }
        String branch = branches.get(0);
        Faults.send(stack, "members.events", branch, List.of("garbage " + branch, Faults.cloudEvent("member.registered.v2",
                "members-service", UUID.randomUUID().toString(), branch,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"organizationId\":\"" + branch
                        + "\",\"gender\":\"MALE\",\"birthDate\":\"1980-01-01\",\"politicalStatus\":\"FULL\",\"statusSince\":\"2010-01-01\",\"version\":0}")));
        Faults.send(stack, "activities.events", branch, List.of("garbage " + branch));
        Recount.Converged before = Recount.awaitExact(stack, branches, Duration.ofSeconds(60));
        String figuresBefore = given().queryParam("period", "2025").get("/api/v1/statistics/organizations/" + branch).then().statusCode(200)
                .extract().asString().replaceAll("\"asOf\":\"[^\"]*\"", "");

        stack.signal("reporting", "KILL");
        try (Connection sql = stack.superuser(); Statement statement = sql.createStatement()) {
            statement.execute("drop schema reporting cascade");
            statement.execute("create schema reporting authorization reporting");
        }
        stack.restart("reporting", List.of());
        LocalStack.awaitReady(stack.ports.get("REPORTING_PORT"), Duration.ofSeconds(120));
        String job = given().post("/api/v1/read-models/rebuild").then().statusCode(202).extract().header("Location");
        JsonPath done = Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> given().get(job).then().statusCode(200).extract().jsonPath(),
                        status -> !"RUNNING".equals(status.getString("state")));
        assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
        Recount.Converged after = Recount.awaitExact(stack, branches, Duration.ofSeconds(60));
        String figuresAfter = given().queryParam("period", "2025").get("/api/v1/statistics/organizations/" + branch).then().statusCode(200)
                .extract().asString().replaceAll("\"asOf\":\"[^\"]*\"", "");
        assertEquals(figuresBefore, figuresAfter, "the same figures from the rebuilt schema");
        Faults.figures(stack, "F4", "fresh reporting schema rebuilt from " + done.getLong("recordsDone") + " records ("
                + done.getLong("eventsSkipped") + " skipped as poison, " + done.getInt("attempts") + " attempt(s)); before "
                + before.result() + ", after " + after.result() + "; figures identical");
    }
}
