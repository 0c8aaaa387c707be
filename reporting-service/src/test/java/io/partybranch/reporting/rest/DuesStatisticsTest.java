package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.EventFixtures;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Party dues of a district of two branches over 2026's first quarter, from dues-month.updated.v1 as
 * members-service publishes it: later states replace earlier ones, a stale one changes nothing, and
 * the collection rate per month, quarter and year, per branch and for the district, is as counted by
 * hand. A (三名党员 at 50.00): January paid in full; February first half then two of three paid;
 * March one exempt, one paid, one behind. B (two at 20.20): January nothing paid; March one paid, the
 * other six months behind.
 */
@QuarkusTest
class DuesStatisticsTest {

    static final String DISTRICT = "325701"; // used by no other test of this service
    static final String SUBTREE = "/api/v1/statistics/organizations/{id}/branches";

    @Inject
    EntityManager entityManager;

    @Test
    void collectionRatesPerMonthQuarterAndYearForTheBranchesAndTheDistrict() throws IOException {
        UUID committee = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID aFebruary = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(committee, "某区教育局党委", "ORG_PARTY_COMMITTEE", null, DISTRICT);
            events.organization(a, "甲支部", "BRANCH", committee, DISTRICT);
            events.organization(b, "乙支部", "BRANCH", committee, DISTRICT);
            dues(events, UUID.randomUUID(), a, "2026-01", 3, 0, 3, "150.00", "150.00", 0, 0, 1);
            dues(events, aFebruary, a, "2026-02", 3, 0, 1, "150.00", "50.00", 2, 0, 1);
            dues(events, aFebruary, a, "2026-02", 3, 0, 2, "150.00", "100.00", 1, 0, 2);
            dues(events, aFebruary, a, "2026-02", 3, 0, 0, "150.00", "0.00", 3, 0, 1); // stale: arrives late, changes nothing
            dues(events, UUID.randomUUID(), a, "2026-03", 3, 1, 1, "100.00", "50.00", 1, 0, 1);
            dues(events, UUID.randomUUID(), b, "2026-01", 2, 0, 0, "40.40", "0.00", 2, 0, 3);
            dues(events, UUID.randomUUID(), b, "2026-03", 2, 0, 1, "40.40", "20.20", 1, 1, 1);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }

        // District: billed 400.00 + 80.80, paid 300.00 + 20.20: 320.20 / 480.80 = 0.6660; behind at the end of March 1 + 1.
        given().queryParam("period", "2026-Q1").get(SUBTREE, committee).then().statusCode(200)
                .body("totals.dues.billed", equalTo(480.80f)).body("totals.dues.paid", equalTo(320.20f))
                .body("totals.dues.collectionRate", equalTo(0.666f))
                .body("totals.dues.bills", equalTo(13)).body("totals.dues.billsExempt", equalTo(1))
                .body("totals.dues.billsPaid", equalTo(7))
                .body("totals.dues.behindAsOf", equalTo("2026-03"))
                .body("totals.dues.membersBehind", equalTo(2)).body("totals.dues.membersSixMonthsBehind", equalTo(1))
                .body("totals.dues.months.month", contains("2026-01", "2026-02", "2026-03"))
                // January 150.00 / 190.40, February 100.00 / 150.00 (the second state, not the stale one), March 70.20 / 140.40.
                .body("totals.dues.months.collectionRate", contains(0.7878f, 0.6667f, 0.5f))
                .body("branches.find { it.branchName == '甲支部' }.dues.collectionRate", equalTo(0.75f))
                .body("branches.find { it.branchName == '乙支部' }.dues.collectionRate", equalTo(0.25f))
                .body("branches.find { it.branchName == '乙支部' }.dues.membersSixMonthsBehind", equalTo(1))
                .body("branches[0].dues.months", hasSize(0));
        // The year so far is the quarter; a month is its own.
        given().queryParam("period", "2026").get(SUBTREE, committee).then().statusCode(200)
                .body("totals.dues.collectionRate", equalTo(0.666f)).body("totals.dues.behindAsOf", equalTo("2026-03"));
        given().queryParam("period", "2026-02").get(PeriodStatisticsTest.PERIOD, a).then().statusCode(200)
                .body("dues.billed", equalTo(150.0f)).body("dues.paid", equalTo(100.0f)).body("dues.collectionRate", equalTo(0.6667f))
                .body("dues.membersBehind", equalTo(1));
        given().queryParam("period", "2026-Q2").get(SUBTREE, committee).then().statusCode(200)
                .body("totals.dues.bills", equalTo(0)).body("totals.dues.collectionRate", equalTo(null));

        String branchSummary = given().queryParam("period", "2026-Q1").get("/api/v1/summaries/branches/{id}", b).then().statusCode(200)
                .extract().asString();
        assertTrue(branchSummary.contains("本期支部应交党费80.80元，实交20.20元，收缴率25%。截至2026年3月底，欠交党费的党员1名，"
                + "其中连续六个月以上未交纳的1名"), branchSummary);
        String districtSummary = given().queryParam("period", "2026-Q1").get("/api/v1/summaries/organizations/{id}", committee).then()
                .statusCode(200).extract().asString();
        assertTrue(districtSummary.contains("本期各支部应交党费480.80元，实交320.20元，收缴率66.6%。截至2026年3月底，欠交党费的党员2名"),
                districtSummary);

        byte[] xlsx = given().queryParam("period", "2026-Q1").get("/api/v1/exports/organizations/{id}", committee).then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet months = workbook.getSheet("党费");
            assertEquals("2026-02", months.getRow(2).getCell(0).getStringCellValue());
            assertEquals(0.6667, months.getRow(2).getCell(6).getNumericCellValue());
            Row total = months.getRow(4);
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertEquals(480.80, total.getCell(4).getNumericCellValue(), 1e-9);
            Sheet branches = workbook.getSheet("支部");
            int rate = header(branches, "党费收缴率");
            for (int r = 1; r <= 2; r++) {
                String name = branches.getRow(r).getCell(1).getStringCellValue();
                assertEquals(name.equals("甲支部") ? 0.75 : 0.25, branches.getRow(r).getCell(rate).getNumericCellValue(), name);
            }
        }
        byte[] branchXlsx = given().queryParam("period", "2026-Q1").get("/api/v1/exports/branches/{id}", a).then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(branchXlsx))) {
            assertEquals(0.75, workbook.getSheet("党费").getRow(4).getCell(6).getNumericCellValue());
        }
    }

    @Test
    void aStateWithAnAmountFinerThanTheFenIsDeadLetteredAndCountsNothing() {
        UUID branch = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(branch, "丙支部", "BRANCH", null, "325702");
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        UUID poison;
        try (EventFixtures events = new EventFixtures()) {
            // Never applied, so never in the inbox: what shows it was read is its dead letter.
            poison = dues(events, UUID.randomUUID(), branch, "2026-01", 1, 0, 1, "20.205", "20.205", 0, 0, 1);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from dead_letter where event_id = :id and reason_code = 'contract-violation'")
                .setParameter("id", poison).getSingleResult()).intValue() == 1));
        given().queryParam("period", "2026-01").get(PeriodStatisticsTest.PERIOD, branch).then().statusCode(200)
                .body("dues.bills", equalTo(0));
    }

    private static int header(Sheet sheet, String title) {
        Row header = sheet.getRow(0);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (title.equals(header.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + title);
    }

    static UUID dues(EventFixtures events, UUID id, UUID branch, String month, int billedMembers, int exempt, int paidMembers,
            String billed, String paid, int behind, int sixMonths, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("branchId", branch.toString());
        data.put("month", month);
        data.put("membersBilled", billedMembers);
        data.put("membersExempt", exempt);
        data.put("membersPaid", paidMembers);
        data.put("billed", new BigDecimal(billed));
        data.put("paid", new BigDecimal(paid));
        data.put("membersBehind", behind);
        data.put("membersSixMonthsBehind", sixMonths);
        data.put("version", version);
        data.put("effectiveDate", YearMonth.parse(month).atEndOfMonth().toString());
        return events.send(EventFixtures.MEMBERS_TOPIC, "members-service", "dues-month.updated.v1", id, branch, data);
    }
}
