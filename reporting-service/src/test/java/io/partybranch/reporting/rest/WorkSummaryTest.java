package io.partybranch.reporting.rest;

import static io.partybranch.common.testing.EventFixtures.nameOf;
import static io.partybranch.common.testing.EventFixtures.post;
import static io.partybranch.common.testing.EventFixtures.trust;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.EventFixtures;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * The 工作总结 of a branch for 2025-S1, generated from events: six members (two probationary, one of
 * them past the end of probation and not yet converted: a late conversion), an activist past a year,
 * a committee whose organisation member also holds discipline, and a semester that misses January's
 * committee meeting. Every figure asserted is counted by hand from the events below.
 */
@QuarkusTest
class WorkSummaryTest {

    @Inject
    EntityManager entityManager;

    static final String SUMMARY = "/api/v1/summaries/branches/{id}";

    /** Figures a secretary would write, each from the records. */
    static final List<String> FIGURES = List.of(
            "党员6名（含预备党员2名）", "男党员2名、女党员4名",
            "召开支部党员大会2次", "召开支部委员会4次", "上党课2次", "开展主题党日5次",
            "应到52人次，实到50人次，出席率96.2%",
            "本期发展新党员1名", "入党积极分子1名", "预备期已满尚未转正的1名", "培养期已满一年的入党积极分子1名",
            "开展民主评议党员1次", "优秀1名、合格4名", "平均信任率91.7%",
            "应落实12项，已落实11项，落实率91.7%", "支部委员会（2026-01）",
            "区级1项", "“优秀共产党员”（区级）", "开展谈心谈话2次", "按“三重一大”制度集体决策1项", "本期无党员受到党纪处分");

    @Test
    void theSummaryStatesTheBranchsFiguresInMarkdownHtmlAndWord() throws IOException {
        UUID branch = UUID.randomUUID();
        UUID secretary = UUID.randomUUID();
        UUID organizer = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(branch, "青禾实验小学党支部", "BRANCH", null, "320412");
            events.member(secretary, branch).set("gender", "MALE").full("1998-07-01", "1999-07-01").send();
            events.member(organizer, branch).set("gender", "MALE").full("2008-07-01", "2009-07-01").send();
            events.member(UUID.randomUUID(), branch).full("2012-07-01", "2013-07-01").send();
            events.member(UUID.randomUUID(), branch).full("2015-07-01", "2016-07-01").send();
            events.member(UUID.randomUUID(), branch).probationary("2025-10-01").set("probationEndsOn", "2026-10-01").send();
            events.member(UUID.randomUUID(), branch).probationary("2024-09-01").set("probationEndsOn", "2025-09-01").send(); // late
            events.member(UUID.randomUUID(), branch).set("politicalStatus", "ACTIVIST").set("activistSince", "2024-01-01")
                    .set("statusSince", "2024-01-01").send();
            events.committee(UUID.randomUUID(), branch, "2024-06-01", "2027-05-31",
                    List.of(post(secretary, "SECRETARY", "2024-06-01", null),
                            post(organizer, "ORGANIZATION", "2024-06-01", null), post(organizer, "DISCIPLINE", "2024-06-01", null)));
            for (String month : List.of("2025-09", "2025-10", "2025-11", "2025-12")) {
                events.held(branch, branch, "COMMITTEE_MEETING", month + "-08", 1.0);
            }
            for (String month : List.of("2025-09", "2025-10", "2025-11", "2025-12", "2026-01")) {
                events.held(branch, branch, "THEME_DAY", month + "-15", 1.0);
            }
            events.held(branch, branch, "GENERAL_MEETING", "2025-10-20", 0.75);
            events.held(branch, branch, "GENERAL_MEETING", "2025-12-20", 0.75);
            events.held(branch, branch, "PARTY_LECTURE", "2025-10-25", 1.0);
            events.held(branch, branch, "PARTY_LECTURE", "2025-12-25", 1.0);
            events.evaluation(UUID.randomUUID(), branch, "2025年度", "2026-01-12", Map.of("EXCELLENT", 1, "QUALIFIED", 4),
                    List.of(trust(secretary, 6, 6), trust(organizer, 6, 5)));
            events.honour(branch, secretary, "HONOUR", "优秀共产党员", "DISTRICT", 2025, "2025-12-01");
            events.held(branch, branch, "HEART_TO_HEART_TALK", "2025-11-03", 1.0);
            events.held(branch, branch, "HEART_TO_HEART_TALK", "2025-11-04", 1.0);
            events.held(branch, branch, "MAJOR_DECISION", "2025-11-06", 1.0);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }

        String markdown = given().queryParam("period", "2025-S1").get(SUMMARY, branch).then().statusCode(200)
                .contentType(startsWith("text/markdown")).extract().asString();
        assertTrue(markdown.startsWith("# 青禾实验小学党支部2025学年第一学期工作总结"), markdown);
        assertAllFigures(markdown);
        assertTrue(markdown.contains(nameOf(organizer) + "任组织委员兼纪检委员"), markdown);
        assertTrue(markdown.contains("现有委员2名"), markdown);

        given().queryParam("period", "2025-S1").accept("text/html").get(SUMMARY, branch).then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("<h2>一、基本情况</h2>"))
                .body(containsString("党员6名（含预备党员2名）"));

        byte[] docx = given().queryParam("period", "2025-S1").queryParam("format", "docx").get(SUMMARY, branch).then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .header("X-Data-As-Of", Matchers.notNullValue()).extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("青禾实验小学党支部2025学年第一学期工作总结", paragraphs.get(0));
            assertTrue(paragraphs.containsAll(List.of("一、基本情况", "二、理论学习", "三、队伍建设", "四、组织生活", "五、作风建设", "六、荣誉表彰")), paragraphs.toString());
            assertAllFigures(String.join("\n", paragraphs));
            assertEquals("2026年1月", paragraphs.get(paragraphs.size() - 1));
        }

        byte[] xlsx = given().queryParam("period", "2025-S1").get("/api/v1/exports/branches/{id}", branch).then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet units = workbook.getSheet("三会一课");
            assertEquals(12, units.getLastRowNum());
            long missed = 0;
            for (Row row : units) {
                missed += row.getCell(4).getStringCellValue().equals("未落实") ? 1 : 0;
            }
            assertEquals(1, missed);
            Sheet activities = workbook.getSheet("活动");
            Map<String, Double> held = new HashMap<>();
            for (Row row : activities) {
                if (row.getRowNum() > 0) {
                    held.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertEquals(Map.of("支部委员会", 4.0, "主题党日", 5.0, "支部党员大会", 2.0, "党课", 2.0, "谈心谈话", 2.0, "三重一大决策", 1.0), held);
        }

        given().queryParam("period", "2025-S1").accept("application/pdf").get(SUMMARY, branch).then().statusCode(406);
        given().queryParam("period", "2025-S1").queryParam("format", "pdf").get(SUMMARY, branch).then().statusCode(400);
        given().queryParam("period", "2025-S1").get(SUMMARY, UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    private static void assertAllFigures(String text) {
        List<String> missing = FIGURES.stream().filter(figure -> !text.contains(figure)).collect(Collectors.toList());
        assertTrue(missing.isEmpty(), "missing " + missing + " in:\n" + text);
    }
}
