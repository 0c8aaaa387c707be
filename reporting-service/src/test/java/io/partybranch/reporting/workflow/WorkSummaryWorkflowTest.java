package io.partybranch.reporting.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.BusinessDate;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.OutboxCapture;
import io.partybranch.common.testing.TestRun;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.PublishedEvents;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * A branch's 2025-S1 summary taken through draft → edit → submit → return → resubmit → accept by the
 * branch's school and its district's bureau, with the records changing on the way: the draft names
 * the figure that changed and must be refreshed before it is submitted; once submitted, its figures
 * and its .docx stay as they were sent, byte for byte, whatever arrives later.
 */
@QuarkusTest
class WorkSummaryWorkflowTest {

    @Inject
    EntityManager entityManager;

    private final String district = TestRun.districtCode();
    private final UUID committee = UUID.randomUUID();
    private final UUID branch = UUID.randomUUID();

    @Test
    @BusinessDate("2026-02-05")
    void aSummaryGoesFromDraftThroughReturnAndResubmissionToAcceptanceAndKeepsWhatWasSent() throws Exception {
        OutboxCapture outbox = OutboxCapture.from(entityManager);
        try (EventFixtures events = new EventFixtures()) {
            events.organization(committee, "流程区教育局党委", "ORG_PARTY_COMMITTEE", null, district);
            events.organization(branch, "流程实验小学党支部", "BRANCH", committee, district);
            for (int i = 0; i < 5; i++) {
                events.member(UUID.randomUUID(), branch).full("2010-07-01", "2011-07-01").send();
            }
            events.held(branch, branch, "COMMITTEE_MEETING", "2025-10-08", 1.0);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        String school = "Bearer " + TestTokens.school(branch);
        String bureau = "Bearer " + TestTokens.bureau(district);
        String auditor = "Bearer " + TestTokens.auditor(district);

        // A bureau reviews; it does not write the branch's summary.
        given().header("Authorization", bureau).contentType(ContentType.JSON).body(Map.of("branchId", branch, "period", "2025-S1"))
                .post("/api/v1/summaries").then().statusCode(403);
        given().header("Authorization", school).contentType(ContentType.JSON).body(Map.of("branchId", branch, "period", "2026-S2"))
                .post("/api/v1/summaries").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/summary-period-not-begun"));
        Response created = given().header("Authorization", school).contentType(ContentType.JSON)
                .body(Map.of("branchId", branch, "period", "2025-S1")).post("/api/v1/summaries");
        created.then().statusCode(201).header("Location", containsString("/api/v1/summaries/")).body("status", equalTo("DRAFT"))
                .body("figures.党员", equalTo("5")).body("staleFigures.size()", equalTo(0));
        String id = created.jsonPath().getString("id");
        given().header("Authorization", school).contentType(ContentType.JSON).body(Map.of("branchId", branch, "period", "2025-S1"))
                .post("/api/v1/summaries").then().statusCode(409).body("type", equalTo("/problems/rule-violation/summary-exists"));
        JsonPath draft = summary(id, school);
        assertTrue(section(draft, "BASICS").contains("党员5名"), draft.prettify());

        // The secretary writes her own words; a stale ETag is refused, raw HTML stays text when rendered.
        String narrative = "本学期支部围绕**立德树人**开展主题教育。<script>alert('x')</script>\n\n- 青年教师结对\n- 党员示范课";
        given().header("Authorization", school).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body(Map.of("narrative", narrative)).put("/api/v1/summaries/{id}/sections/STUDY", id).then().statusCode(412);
        String etag = given().header("Authorization", school).get("/api/v1/summaries/{id}", id).then().statusCode(200).extract()
                .header("ETag");
        given().header("Authorization", school).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("narrative", narrative)).put("/api/v1/summaries/{id}/sections/STUDY", id).then().statusCode(200)
                .body("sections.find { it.section == 'STUDY' }.narrative", equalTo(narrative));
        String html = given().header("Authorization", school).queryParam("format", "html").get("/api/v1/summaries/{id}/document", id)
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("<strong>立德树人</strong>") && html.contains("&lt;script&gt;") && !html.contains("<script>"), html);
        given().header("Authorization", auditor).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("narrative", "x")).put("/api/v1/summaries/{id}/sections/STUDY", id).then().statusCode(403);

        // A sixth member arrives: the draft says which figure changed and cannot be submitted until refreshed.
        try (EventFixtures events = new EventFixtures()) {
            events.member(UUID.randomUUID(), branch).full("2012-07-01", "2013-07-01").send();
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        given().header("Authorization", school).get("/api/v1/summaries/{id}", id).then().statusCode(200)
                .body("staleFigures.find { it.figure == '党员' }.was", equalTo("5"))
                .body("staleFigures.find { it.figure == '党员' }.now", equalTo("6"));
        given().header("Authorization", school).post("/api/v1/summaries/{id}/submission", id).then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/summary-figures-stale")).body("detail", containsString("党员"));
        given().header("Authorization", school).post("/api/v1/summaries/{id}/refresh", id).then().statusCode(200)
                .body("figures.党员", equalTo("6")).body("staleFigures.size()", equalTo(0))
                .body("sections.find { it.section == 'STUDY' }.narrative", equalTo(narrative));
        JsonPath submitted = given().header("Authorization", school).post("/api/v1/summaries/{id}/submission", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("versions.size()", equalTo(1)).extract().jsonPath();
        String frozenAsOf = submitted.getString("asOf");
        byte[] first = docx(id, 1, school);
        assertEquals(submitted.getString("versions[0].docxSha256"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first)));
        assertTrue(
                wordText(first).contains("党员6名") && wordText(first).contains("立德树人")
                        && wordText(first).contains("<script>alert('x')</script>"),
                wordText(first));

        // Submitted: nothing more is written into it, and later records change neither its figures nor its file.
        given().header("Authorization", school).contentType(ContentType.JSON).body(Map.of("narrative", "改"))
                .put("/api/v1/summaries/{id}/sections/PLANS", id).then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/summary-not-editable"));
        try (EventFixtures events = new EventFixtures()) {
            events.member(UUID.randomUUID(), branch).full("2014-07-01", "2015-07-01").send();
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        given().header("Authorization", auditor).get("/api/v1/summaries/{id}", id).then().statusCode(200)
                .body("figures.党员", equalTo("6")).body("asOf", equalTo(frozenAsOf)).body("staleFigures.size()", equalTo(0));
        assertArrayEquals(first, docx(id, 1, auditor));

        // The school cannot review its own branch; the bureau returns it, with a comment only.
        given().header("Authorization", school).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/summaries/{id}/acceptance", id)
                .then().statusCode(403);
        given().header("Authorization", bureau).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/summaries/{id}/return", id)
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        given().header("Authorization", bureau).contentType(ContentType.JSON).body(Map.of("comment", "请补充下一步工作打算。"))
                .post("/api/v1/summaries/{id}/return", id).then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("versions[0].decision", equalTo("RETURNED")).body("versions[0].comment", equalTo("请补充下一步工作打算。"));

        // Edited and resubmitted (after taking the seventh member), then accepted.
        given().header("Authorization", school).contentType(ContentType.JSON).body(Map.of("narrative", "下学期继续推进“一支部一品牌”建设。"))
                .put("/api/v1/summaries/{id}/sections/PLANS", id).then().statusCode(200);
        given().header("Authorization", school).post("/api/v1/summaries/{id}/refresh", id).then().statusCode(200).body("figures.党员",
                equalTo("7"));
        given().header("Authorization", school).post("/api/v1/summaries/{id}/submission", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("versions.size()", equalTo(2));
        given().header("Authorization", bureau).contentType(ContentType.JSON).body(Map.of("comment", "同意。"))
                .post("/api/v1/summaries/{id}/acceptance", id).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("versions[1].decision", equalTo("ACCEPTED"));
        given().header("Authorization", school).contentType(ContentType.JSON).body(Map.of("narrative", "晚了"))
                .put("/api/v1/summaries/{id}/sections/PLANS", id).then().statusCode(409);
        assertTrue(wordText(docx(id, 2, bureau)).contains("七、下一步工作打算"));
        assertTrue(wordText(docx(id, 2, bureau)).contains("党员7名"));
        assertArrayEquals(first, docx(id, 1, bureau), "the first version's file is unchanged by everything since");
        assertFalse(wordText(first).contains("七、下一步工作打算"));

        List<Map<String, Object>> history = given().header("Authorization", auditor).get("/api/v1/summaries/{id}/history", id).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("CREATED", "EDITED", "REFRESHED", "SUBMITTED", "RETURNED", "EDITED", "REFRESHED", "SUBMITTED", "ACCEPTED"),
                history.stream().map(h -> (String) h.get("action")).toList());
        assertEquals(List.of("school", "school", "school", "school", "bureau", "school", "school", "school", "bureau"),
                history.stream().map(h -> (String) h.get("actorRole")).toList());
        assertEquals("STUDY", history.get(1).get("section"));
        assertEquals("请补充下一步工作打算。", ((Map<?, ?>) history.get(4).get("details")).get("comment"));

        Map<String, List<String>> published = outbox.byType();
        assertEquals(Map.of("work-summary.submitted.v1", 2, "work-summary.returned.v1", 1, "work-summary.accepted.v1", 1),
                published.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())));
        PublishedEvents.assertConform(outbox, Set.of("work-summary.submitted.v1", "work-summary.returned.v1", "work-summary.accepted.v1"));
        assertTrue(published.get("work-summary.returned.v1").get(0).contains("请补充下一步工作打算。"));
    }

    @Test
    @BusinessDate("2026-02-05")
    void aReviewerNeverReviewsWhatItSubmittedAndAnotherSchoolSeesNothing() {
        try (EventFixtures events = new EventFixtures()) {
            events.organization(committee, "流程区教育局党委", "ORG_PARTY_COMMITTEE", null, district);
            events.organization(branch, "流程二小党支部", "BRANCH", committee, district);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        String admin = "Bearer " + TestTokens.admin();
        String id = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("branchId", branch, "period", "2025-S1"))
                .post("/api/v1/summaries").then().statusCode(201).extract().path("id");
        given().header("Authorization", admin).post("/api/v1/summaries/{id}/submission", id).then().statusCode(200);
        given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/summaries/{id}/acceptance", id)
                .then().statusCode(409).body("type", equalTo("/problems/rule-violation/summary-own-review"));
        String stranger = "Bearer " + TestTokens.school(UUID.randomUUID());
        given().header("Authorization", stranger).get("/api/v1/summaries/{id}", id).then().statusCode(404);
        given().header("Authorization", "Bearer " + TestTokens.bureau("110101")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/summaries/{id}/acceptance", id).then().statusCode(404);
        given().header("Authorization", "Bearer " + TestTokens.bureau(district)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/summaries/{id}/acceptance", id).then().statusCode(200);
        given().header("Authorization", "Bearer " + TestTokens.bureau(district)).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/summaries/{id}/acceptance", id).then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/summary-not-submitted"));
        assertEquals(1, given().header("Authorization", "Bearer " + TestTokens.school(branch)).queryParam("branchId", branch)
                .get("/api/v1/summaries").then().statusCode(200).extract().jsonPath().getInt("total"));
        assertEquals(0, given().header("Authorization", stranger).queryParam("branchId", branch)
                .get("/api/v1/summaries").then().statusCode(200).extract().jsonPath().getInt("total"));
    }

    private static JsonPath summary(String id, String token) {
        return given().header("Authorization", token).get("/api/v1/summaries/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static String section(JsonPath summary, String section) {
        return String.join("\n", summary.getList("sections.find { it.section == '" + section + "' }.generated", String.class));
    }

    private static byte[] docx(String id, int number, String token) {
        return given().header("Authorization", token).queryParam("format", "docx")
                .get("/api/v1/summaries/{id}/versions/{n}/document", id, number)
                .then().statusCode(200).extract().asByteArray();
    }

    private static String wordText(byte[] docx) throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    static void clockAt(String localDateTime) {
        BusinessCalendar
                .useClock(Clock.fixed(LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.ZONE).toInstant(), BusinessCalendar.ZONE));
    }
}
