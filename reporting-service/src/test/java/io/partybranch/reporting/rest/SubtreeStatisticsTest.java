package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * A district of two branches over 2025-Q4 (11 required units each: committee and theme day monthly,
 * group meeting monthly for the one group, general meeting and lecture once). Branch A keeps every
 * one; branch B misses December's committee meeting (its only December meeting was corrected into
 * January) and the quarter's general meeting. Figures counted by hand.
 */
@QuarkusTest
class SubtreeStatisticsTest {

    @Inject
    EntityManager entityManager;

    static final String DISTRICT = "325301"; // used by no other test of this service
    static final String SUBTREE = "/api/v1/statistics/organizations/{id}/branches";

    @Test
    void aDistrictRanksItsBranchesAndListsTheOnesFallingShortFromThePreAggregates() throws IOException {
        UUID committee = UUID.randomUUID();
        UUID general = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID groupA = UUID.randomUUID();
        UUID groupB = UUID.randomUUID();
        UUID outside = UUID.randomUUID();
        UUID mover = UUID.randomUUID();
        UUID moved = UUID.randomUUID();
        UUID honoured = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(committee, "某区教育局党委", "ORG_PARTY_COMMITTEE", null, DISTRICT);
            events.organization(general, "某中学党总支", "GENERAL_BRANCH", committee, DISTRICT);
            events.organization(a, "甲支部", "BRANCH", general, DISTRICT);
            events.organization(b, "乙支部", "BRANCH", committee, DISTRICT);
            events.organization(groupA, "甲一组", "PARTY_GROUP", a, DISTRICT);
            events.organization(groupB, "乙一组", "PARTY_GROUP", b, DISTRICT);
            events.organization(outside, "外区支部", "BRANCH", null, "110101");

            events.member(honoured, a).full("2000-07-01", "2001-07-01").send();
            events.member(UUID.randomUUID(), a).full("2005-07-01", "2006-07-01").set("ownUnit", "某幼儿园").send();
            events.member(UUID.randomUUID(), a).full("2012-07-01", "2013-07-01").send();
            events.member(UUID.randomUUID(), a).probationary("2025-10-15").send();
            events.member(UUID.randomUUID(), b).full("2010-07-01", "2011-07-01").send();
            events.member(UUID.randomUUID(), b).full("2024-11-20", "2025-11-20").send();
            events.member(UUID.randomUUID(), b).set("politicalStatus", "ACTIVIST").set("activistSince", "2024-11-01")
                    .set("statusSince", "2024-11-01").send(); // a year as activist by December
            events.member(mover, b).full("2009-07-01", "2010-07-01").send();
            events.member(mover, a).full("2009-07-01", "2010-07-01").transferredFrom(b, "2025-12-10", 1).send();
            events.member(UUID.randomUUID(), outside).full("2009-07-01", "2010-07-01").send();

            for (String month : List.of("2025-10", "2025-11", "2025-12")) {
                events.held(a, a, "COMMITTEE_MEETING", month + "-05", 1.0);
                events.held(a, groupA, "GROUP_MEETING", month + "-12", 1.0);
                events.held(a, a, "THEME_DAY", month + "-20", 1.0);
                events.held(b, groupB, "GROUP_MEETING", month + "-12", 0.75);
                events.held(b, b, "THEME_DAY", month + "-20", 0.75);
            }
            events.held(a, a, "GENERAL_MEETING", "2025-11-25", 1.0);
            events.held(a, a, "PARTY_LECTURE", "2025-12-26", 1.0);
            events.held(b, b, "COMMITTEE_MEETING", "2025-10-05", 0.5);
            events.held(b, b, "COMMITTEE_MEETING", "2025-11-05", 0.5);
            events.activity("activity.held.v1", moved, b, b, "COMMITTEE_MEETING", "2025-12-05", 0.5, List.of(), 1);
            events.activity("activity.corrected.v1", moved, b, b, "COMMITTEE_MEETING", "2026-01-05", 0.5, List.of(), 2);
            events.held(b, b, "PARTY_LECTURE", "2025-10-30", 0.75);
            events.held(outside, outside, "COMMITTEE_MEETING", "2025-10-05", 1.0);
            events.committee(UUID.randomUUID(), a, "2023-04-01", "2026-03-31",
                    List.of(EventFixtures.post(honoured, "SECRETARY", "2023-04-01", null)));
            events.committee(UUID.randomUUID(), b, "2022-07-01", "2025-06-30",
                    List.of(EventFixtures.post(mover, "SECRETARY", "2022-07-01", null)));
            events.honour(a, honoured, "HONOUR", "优秀共产党员", "DISTRICT", 2025, "2025-11-01");
            events.honour(a, null, "HONOUR", "先进基层党组织", "CITY", 2025, null); // undated: December
            events.honour(b, mover, "SANCTION", "警告", "SCHOOL", 2025, "2025-10-10");
            events.evaluation(UUID.randomUUID(), a, "2025年度", "2025-12-20", Map.of("EXCELLENT", 1, "QUALIFIED", 4),
                    List.of(EventFixtures.trust(honoured, 5, 5), EventFixtures.trust(mover, 5, 4)));
            events.evaluation(UUID.randomUUID(), b, "2025年上半年", "2025-06-30", Map.of("QUALIFIED", 4), List.of()); // before Q4
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }

        JsonPath district = given().queryParam("period", "2025-Q4").get(SUBTREE, committee).then().statusCode(200)
                .body("organizationName", equalTo("某区教育局党委")).body("periodLabel", equalTo("2025年第4季度"))
                .body("branches.branchName", contains("甲支部", "乙支部"))
                .body("branches.rank", contains(1, 2))
                // A: three full (one attached), one admitted in October, and the member transferred in on 10 December.
                .body("branches[0].partyMembers", equalTo(5)).body("branches[0].probationary", equalTo(1))
                .body("branches[0].attached", equalTo(1)).body("branches[0].joined", equalTo(1))
                .body("branches[0].transfersIn", equalTo(1)).body("branches[0].attendanceRate", equalTo(1.0f))
                .body("branches[0].complianceMet", equalTo(11)).body("branches[0].complianceRequired", equalTo(11))
                .body("branches[0].complianceRate", equalTo(1.0f))
                // B: two full (one converted in November), an activist, the member who left.
                .body("branches[1].partyMembers", equalTo(2)).body("branches[1].converted", equalTo(1))
                .body("branches[1].activists", equalTo(1)).body("branches[1].transfersOut", equalTo(1))
                .body("branches[1].activities.COMMITTEE_MEETING", equalTo(2))
                // 实到 over 应到: group 3×3, theme 3×3, committee 2×2, lecture 3 = 25 of 36.
                .body("branches[1].attendanceRate", equalTo(0.6944f))
                .body("branches[1].complianceMet", equalTo(9)).body("branches[1].complianceRate", equalTo(0.8182f))
                .body("totals.branches", equalTo(2)).body("totals.complianceRequired", equalTo(22))
                .body("branches[0].honours", equalTo(2)).body("branches[0].trustRate", equalTo(0.9f))
                .body("branches[1].honours", equalTo(0)).body("branches[1].trustRate", equalTo(null))
                .body("totals.recognition.honoursByLevel.DISTRICT", equalTo(1)).body("totals.recognition.honoursByLevel.CITY", equalTo(1))
                .body("totals.recognition.sanctions", equalTo(1))
                .body("totals.recognition.grades.EXCELLENT", equalTo(1)).body("totals.recognition.grades.QUALIFIED", equalTo(4))
                .body("totals.trustRate", equalTo(0.9f))
                .body("branches[1].activistsPastAYear", equalTo(1)).body("branches[0].activistsPastAYear", equalTo(0))
                .body("totals.conversionsLate", equalTo(0))
                // On 31 December A's term ends within six months and B's is overdue.
                .body("termsEnding.branchName", contains("乙支部", "甲支部"))
                .body("termsEnding.kind", contains("TERM_OVERDUE", "TERM_ENDING"))
                .body("totals.complianceRate", equalTo(0.9091f))
                // Breakdowns on 31 December from the monthly pre-aggregate: everyone is an invented woman born 1985-04-12 with a degree.
                .body("totals.members.GENDER.FEMALE", equalTo(7)).body("totals.members.EDUCATION.BACHELOR", equalTo(7))
                .body("totals.members.AGE_BAND.'40-49'", equalTo(7)).body("totals.members.STATE.NORMAL", equalTo(8))
                .body("totals.members.STANDING_BAND.'20+'", equalTo(1)).body("totals.members.STANDING_BAND.'10-19'", equalTo(4))
                .body("totals.members.STANDING_BAND.'<5'", equalTo(1))
                .body("fallingShort", hasSize(1)).body("fallingShort[0].branchId", equalTo(b.toString()))
                .body("fallingShort[0].missed.unit", containsInAnyOrder("2025-12", "2025-Q4"))
                .body("fallingShort[0].missed.find { it.unit == '2025-Q4' }.type", equalTo("GENERAL_MEETING"))
                .body("asOf", notNullValue())
                .extract().jsonPath();

        // The district row and the branch's own statistics are the same compliance.
        JsonPath branch = given().queryParam("period", "2025-Q4").get(PeriodStatisticsTest.PERIOD, b).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(district.getInt("branches[1].complianceMet"), branch.getInt("compliance.met"));
        assertEquals(district.getInt("branches[1].complianceRequired"), branch.getInt("compliance.required"));
        assertEquals(district.getInt("branches[1].partyMembers"), branch.getInt("members.partyMembers"));

        given().queryParam("period", "2025-Q4").get(SUBTREE, general).then().statusCode(200)
                .body("branches.branchName", contains("甲支部")).body("fallingShort", hasSize(0));
        given().header("Authorization", "Bearer " + TestTokens.bureau(DISTRICT))
                .queryParam("period", "2025-Q4").get(SUBTREE, committee).then().statusCode(200).body("branches", hasSize(2));
        given().header("Authorization", "Bearer " + TestTokens.school(a))
                .queryParam("period", "2025-Q4").get(SUBTREE, committee).then().statusCode(404);
        given().queryParam("period", "2025-Q5").get(SUBTREE, committee).then().statusCode(400);
        // Branch-level figures of a committee are its branches' figures: the answer says where they are.
        given().queryParam("period", "2025-Q4").get(PeriodStatisticsTest.PERIOD, committee).then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/statistics-need-branch"));

        // The district summary in Word: a ranking table, then one table per branch, with the same figures.
        byte[] docx = given().queryParam("period", "2025-Q4").queryParam("format", "docx")
                .get("/api/v1/summaries/organizations/{id}", committee)
                .then().statusCode(200).extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = word.getTables();
            assertEquals(3, tables.size());
            assertEquals(List.of("1", "甲支部", "5", "100%", "100%", "—"), cells(tables.get(0).getRow(1)));
            assertEquals(List.of("2", "乙支部", "2", "81.8%", "69.4%", "—"), cells(tables.get(0).getRow(2)));
            assertTrue(tables.get(2).getRows().stream().map(SubtreeStatisticsTest::cells)
                    .anyMatch(List.of("“三会一课”落实", "9 / 11（81.8%）")::equals));
            String text = word.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertTrue(text.contains("所属党支部2个，党员7名（含预备党员1名，男党员0名、女党员7名）"), text);
            assertTrue(text.contains("乙支部（支部委员会2025-12、支部党员大会2025-Q4）"), text);
            assertTrue(text.contains("培养期已满一年的入党积极分子1名，预备期已满尚未转正的预备党员0名"), text);
            assertTrue(text.contains("需按期换届的支部2个：乙支部（任期至2025年6月30日，换届已逾期）"), text);
            assertTrue(text.contains("获得荣誉2项，其中市级1项、区级1项。民主评议党员评定优秀1名、合格4名。支部委员平均信任率90%。"), text);
        }
        byte[] xlsx = given().queryParam("period", "2025-Q4").get("/api/v1/exports/organizations/{id}", committee)
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("甲支部", workbook.getSheet("支部").getRow(1).getCell(1).getStringCellValue());
            assertEquals(5.0, workbook.getSheet("支部").getRow(1).getCell(2).getNumericCellValue());
            assertEquals(0.8182, workbook.getSheet("支部").getRow(2).getCell(21).getNumericCellValue());
            assertEquals(2, workbook.getSheet("未落实").getLastRowNum());
            assertEquals(2.0, workbook.getSheet("支部").getRow(1).getCell(22).getNumericCellValue(), "甲支部's honours");
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
