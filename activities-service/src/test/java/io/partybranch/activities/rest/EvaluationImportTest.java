package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.activities.mapping.ImportTemplates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Past 民主评议 rounds with their grades from JSON Lines and from a workbook: the same rounds as recorded one by one, or nothing. */
@QuarkusTest
class EvaluationImportTest {

    static final String IMPORTS = "/api/v1/evaluations/imports";
    static final List<String> HEADERS = List.of("支部ID", "评议期间", "评议日期", "党员ID", "姓名", "等次", "未评原因");

    @Inject
    EntityManager entityManager;

    /** A round: who is graded what, by index among the full members (5 = the probationer, 6 = the newcomer), and who was sick. */
    record Round(String period, String heldOn, Map<Integer, String> grades, Integer sick) {
    }

    static List<Round> twoRounds() {
        return List.of(
                new Round("2026年上半年", "2026-06-30", Map.of(0, "EXCELLENT", 1, "QUALIFIED", 2, "QUALIFIED", 3, "BASICALLY_QUALIFIED",
                        5, "QUALIFIED"), 4),
                // The newcomer came on 2026-09-20: on the roster for the autumn round only.
                new Round("2026年秋季", "2026-10-30", Map.of(0, "QUALIFIED", 1, "EXCELLENT", 2, "QUALIFIED", 3, "QUALIFIED", 4, "QUALIFIED",
                        5, "UNQUALIFIED", 6, "QUALIFIED"), null));
    }

    static UUID member(BranchOnRoster roster, int index) {
        return index == 5 ? roster.probationer : index == 6 ? roster.newcomer : roster.full.get(index);
    }

    static Map<String, Object> request(BranchOnRoster roster, Round round) {
        List<Map<String, Object>> grades = new ArrayList<>();
        round.grades().forEach((m, grade) -> grades.add(Map.of("memberId", member(roster, m).toString(), "grade", grade)));
        List<Map<String, Object>> sick = round.sick() == null
                ? List.of()
                : List.of(Map.of("memberId", member(roster, round.sick()).toString(), "reason", "病假"));
        return Map.of("branchId", roster.branch.toString(), "period", round.period(), "heldOn", round.heldOn(), "grades", grades,
                "notEvaluated", sick);
    }

    static byte[] workbook(BranchOnRoster roster, List<Round> rounds) {
        List<List<String>> rows = new ArrayList<>();
        for (Round round : rounds) {
            round.grades().forEach((m, grade) -> rows.add(List.of(roster.branch.toString(), round.period(), round.heldOn(),
                    member(roster, m).toString(), "", grade.equals("EXCELLENT") ? "优秀" : grade, "")));
            if (round.sick() != null) {
                rows.add(List.of(roster.branch.toString(), round.period(), round.heldOn(), member(roster, round.sick()).toString(), "", "",
                        "病假"));
            }
        }
        return ImportTemplates.workbook(new ImportTemplates.SheetContent("民主评议", HEADERS, rows));
    }

    /** Per round in file order: period, held on, evaluated, distribution, members not evaluated. */
    static List<List<Object>> figures(List<String> ids) {
        return ids.stream().map(id -> given().get("/api/v1/evaluations/" + id).then().statusCode(200).extract().jsonPath())
                .map(json -> List.<Object>of(json.getString("period"), json.getString("heldOn"), json.getInt("evaluated"),
                        new HashMap<>(json.getMap("distribution")), json.getList("notEvaluated.reason")))
                .toList();
    }

    @Test
    void roundsFromJsonLinesAndFromAWorkbookEqualTheSameRoundsRecordedOneByOne() {
        BranchOnRoster fromLines = BranchOnRoster.announce(entityManager);
        BranchOnRoster fromWorkbook = BranchOnRoster.announce(entityManager);
        BranchOnRoster typed = BranchOnRoster.announce(entityManager);
        List<Round> rounds = twoRounds();

        List<String> typedIds = rounds.stream().map(round -> given().contentType(ContentType.JSON).body(request(typed, round))
                .post("/api/v1/evaluations").then().statusCode(201).extract().<String>path("id")).toList();
        List<String> lineIds = given().contentType("application/x-ndjson")
                .body(HistoryImportTest.lines(rounds.stream().map(round -> request(fromLines, round)).toList()))
                .post(IMPORTS).then().statusCode(201).body("recorded", equalTo(2)).extract().path("evaluationIds");
        List<String> workbookIds = given().contentType(ImportTemplates.XLSX).body(workbook(fromWorkbook, rounds))
                .post(IMPORTS).then().statusCode(201).body("recorded", equalTo(2)).extract().path("evaluationIds");

        List<List<Object>> expected = figures(typedIds);
        assertEquals(7, expected.get(1).get(2), "the newcomer is evaluated in the autumn");
        assertEquals(expected, figures(lineIds));
        assertEquals(expected, figures(workbookIds));
    }

    @Test
    void badRowsAreNamedAndNothingIsRecorded() {
        BranchOnRoster roster = BranchOnRoster.announce(entityManager);
        String branch = roster.branch.toString();
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            rows.add(List.of(branch, "2026年上半年", "2026-06-30", member(roster, m).toString(), "", m < 3 ? "优秀" : "合格", ""));
        }
        rows.add(List.of(branch, "2026年上半年", "2026-06-30", roster.probationer.toString(), "", "", ""));
        rows.add(List.of(branch, "2026年上半年", "2026-06-31", roster.activist.toString(), "", "良好", ""));
        // Rows 2 to 8 (Excel counts the header as row 1).
        given().contentType(ImportTemplates.XLSX).body(ImportTemplates.workbook(new ImportTemplates.SheetContent("民主评议", HEADERS, rows)))
                .post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("evaluations.rows[7].grade", "evaluations.rows[8].heldOn", "evaluations.rows[8].grade"));

        rows.set(5, List.of(branch, "2026年上半年", "2026-06-30", roster.probationer.toString(), "", "合格", ""));
        rows.remove(6);
        // Three EXCELLENT of six is more than a third: the round is refused, named by its first row.
        given().contentType(ImportTemplates.XLSX).body(ImportTemplates.workbook(new ImportTemplates.SheetContent("民主评议", HEADERS, rows)))
                .post(IMPORTS).then().statusCode(409).body("type", equalTo("/problems/rule-violation/excellent-over-one-third"))
                .body("errors.field", hasItems("evaluations.rows[2]"));
        Number recorded = (Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select count(*) from evaluation where branch_id = :b").setParameter("b", roster.branch)
                .getSingleResult());
        assertEquals(0, recorded.intValue());

        given().contentType("application/x-ndjson").body("null\n".getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[1]"));
        given().get(IMPORTS + "/template.xlsx").then().statusCode(200).contentType(ImportTemplates.XLSX);
    }
}
