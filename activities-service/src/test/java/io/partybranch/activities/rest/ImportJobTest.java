package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.activities.domain.ImportJob;
import io.partybranch.activities.mapping.HeldActivityWorkbook;
import io.partybranch.activities.service.ImportJobRunner;
import io.partybranch.activities.service.ImportJobs;
import io.partybranch.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Long imports as jobs: 202 and a status with progress, all or nothing at the end, visible to the submitter's tenant only, taken up again after a stop. */
@QuarkusTest
class ImportJobTest {

    static final String IMPORTS = HistoryImportTest.IMPORTS;

    @Inject
    EntityManager entityManager;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportJobRunner runner;

    static JsonPath finished(String location) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get(location).then().statusCode(200).extract().jsonPath(),
                        job -> List.of("SUCCEEDED", "FAILED").contains(job.getString("status")));
    }

    @Test
    void aWorkbookImportedAsAJobEqualsTheSameYearRecordedOneByOne() {
        BranchOnRoster imported = BranchOnRoster.announce(entityManager);
        BranchOnRoster typed = BranchOnRoster.announce(entityManager);
        List<HistoryImportTest.Meeting> year = HistoryImportTest.aYear();

        String location = given().contentType(HistoryImportTest.XLSX).header("Prefer", "respond-async")
                .body(HistoryImportTest.workbook(imported, year)).post(IMPORTS).then().statusCode(202)
                .header("Preference-Applied", "respond-async").header("Location", startsWith("http"))
                .body("status", oneOf("QUEUED", "RUNNING", "SUCCEEDED")).body("total", equalTo(year.size()))
                .extract().header("Location");
        given().contentType(ContentType.JSON).body(Map.of("activities", year.stream().map(m -> HistoryImportTest.held(typed, m)).toList()))
                .post("/api/v1/activities/held").then().statusCode(201);

        JsonPath job = finished(location);
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals(year.size(), job.getInt("checked"));
        assertEquals(year.size(), job.getList("recorded").size());
        assertEquals(HistoryImportTest.figures(typed.branch), HistoryImportTest.figures(imported.branch));

        // Another school's token does not see the job; a bureau of another district neither.
        given().header("Authorization", "Bearer " + TestTokens.school(UUID.randomUUID())).get(location).then().statusCode(404);
        given().header("Authorization", "Bearer " + TestTokens.bureau("110101")).get(location).then().statusCode(404);
        given().get("/api/v1/evaluations/imports/" + location.substring(location.lastIndexOf('/') + 1)).then().statusCode(404);
    }

    @Test
    void aRefusedJobFailsWithEveryRefusalNamedAndRecordsNothing() {
        BranchOnRoster roster = BranchOnRoster.announce(entityManager);
        Map<String, Object> good = HistoryImportTest.held(roster,
                new HistoryImportTest.Meeting("COMMITTEE_MEETING", "2026-10-08", List.of(0, 1), List.of()));
        @SuppressWarnings("unchecked")
        Map<String, Object> strangerRecord = new HashMap<>((Map<String, Object>) good.get("record"));
        strangerRecord.put("attendance", List.of(BranchOnRoster.entry(UUID.randomUUID(), "PRESENT", null)));
        Map<String, Object> stranger = Map.of("activity", good.get("activity"), "record", strangerRecord);

        String location = given().contentType("application/x-ndjson").header("Prefer", "respond-async")
                .body(HistoryImportTest.lines(List.of(good, stranger))).post(IMPORTS).then().statusCode(202).extract().header("Location");
        JsonPath job = finished(location);
        assertEquals("FAILED", job.getString("status"));
        assertEquals(409, job.getInt("problem.status"));
        assertEquals(List.of("lines[2].record.attendance[0].memberId"), job.getList("problem.errors.field"));
        given().queryParam("branchId", roster.branch).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(0));

        // A file that cannot be read is answered at once, never queued.
        given().contentType("application/x-ndjson").header("Prefer", "respond-async")
                .body("{\"activity\": {\n".getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(400).body("errors.field", hasItems("lines[1]"));
    }

    /**
     * A client that timed out on its submission sends it again with the same Idempotency-Key: the
     * same job (202, same Location), one import; the key reused for another file is refused. The same
     * for both kinds, which share the submission.
     */
    @Test
    void aJobSubmittedAgainWithTheSameKeyIsTheSameJob() {
        BranchOnRoster roster = BranchOnRoster.announce(entityManager);
        List<HistoryImportTest.Meeting> three = HistoryImportTest.aYear().subList(0, 3);
        byte[] file = HistoryImportTest.workbook(roster, three);
        String key = UUID.randomUUID().toString();
        long jobsBefore = jobCount();

        String location = given().contentType(HistoryImportTest.XLSX).header("Prefer", "respond-async").header("Idempotency-Key", key)
                .body(file).post(IMPORTS).then().statusCode(202).header("Idempotent-Replayed", nullValue()).extract().header("Location");
        given().contentType(HistoryImportTest.XLSX).header("Prefer", "respond-async").header("Idempotency-Key", key)
                .body(file).post(IMPORTS).then().statusCode(202).header("Location", equalTo(location))
                .header("Idempotent-Replayed", "true").header("Preference-Applied", "respond-async")
                .body("id", equalTo(location.substring(location.lastIndexOf('/') + 1))).body("total", equalTo(3));
        // Without Prefer the retry is still the job the first submission started, not an import now.
        given().contentType(HistoryImportTest.XLSX).header("Idempotency-Key", key).body(file).post(IMPORTS).then()
                .statusCode(202).header("Location", equalTo(location));

        assertEquals("SUCCEEDED", finished(location).getString("status"));
        assertEquals(jobsBefore + 1, jobCount(), "one job for three submissions");
        given().queryParam("branchId", roster.branch).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(3));

        given().contentType(HistoryImportTest.XLSX).header("Prefer", "respond-async").header("Idempotency-Key", key)
                .body(HistoryImportTest.workbook(roster, three.subList(0, 2))).post(IMPORTS).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(jobsBefore + 1, jobCount());

        // Evaluations: the same key in their own resource is another operation, so it is free there.
        String evaluationImports = EvaluationImportTest.IMPORTS;
        byte[] rounds = EvaluationImportTest.workbook(roster, EvaluationImportTest.twoRounds().subList(0, 1));
        String evaluationJob = given().contentType(HistoryImportTest.XLSX).header("Prefer", "respond-async").header("Idempotency-Key", key)
                .body(rounds).post(evaluationImports).then().statusCode(202).extract().header("Location");
        given().contentType(HistoryImportTest.XLSX).header("Prefer", "respond-async").header("Idempotency-Key", key)
                .body(rounds).post(evaluationImports).then().statusCode(202).header("Location", equalTo(evaluationJob))
                .header("Idempotent-Replayed", "true");
        assertEquals("SUCCEEDED", finished(evaluationJob).getString("status"));
        assertEquals(jobsBefore + 2, jobCount());
    }

    private long jobCount() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select count(*) from import_job").getSingleResult()).longValue());
    }

    @Test
    void aJobLeftRunningByAStopIsTakenUpAgain() {
        BranchOnRoster roster = BranchOnRoster.announce(entityManager);
        List<HistoryImportTest.Meeting> three = HistoryImportTest.aYear().subList(0, 3);
        var file = HeldActivityWorkbook.read(HistoryImportTest.workbook(roster, three));
        UUID id = QuarkusTransaction.requiringNew().call(() -> jobs.submit(ImportJob.Kind.HELD_ACTIVITIES, file, file.size(),
                new ImportJobs.Caller("import-test", List.of("platform-admin"), List.of(), List.of())));
        // As a stop leaves it: claimed and part checked, nothing recorded.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update import_job set status = 'RUNNING', checked = 2 where id = :id").setParameter("id", id).executeUpdate());

        runner.resume(null);

        JsonPath job = finished(IMPORTS + "/" + id);
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals(3, job.getList("recorded").size());
        given().queryParam("branchId", roster.branch).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(3));
    }
}
