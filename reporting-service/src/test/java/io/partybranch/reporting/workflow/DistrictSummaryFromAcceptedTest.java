package io.partybranch.reporting.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.BusinessDate;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.TestRun;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.reporting.SummarySteps;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * A district of two branches, one whose 2025-S1 summary was accepted with five members and one that sent
 * nothing: built from the accepted summaries, the district summary states the accepted version's frozen
 * figures and its secretary's words, even after a sixth member arrives, and names the branch that is missing.
 */
@QuarkusTest
class DistrictSummaryFromAcceptedTest {

    @Inject
    EntityManager entityManager;

    @Test
    @BusinessDate("2026-02-05")
    void theDistrictSummaryFromAcceptedSummariesKeepsTheirFrozenFiguresAndNamesTheMissingBranch() throws Exception {
        String district = TestRun.districtCode();
        UUID committee = UUID.randomUUID();
        UUID sent = UUID.randomUUID();
        UUID silent = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(committee, "汇总区教育局党委", "ORG_PARTY_COMMITTEE", null, district);
            events.organization(sent, "汇总报送小学党支部", "BRANCH", committee, district);
            events.organization(silent, "汇总未报小学党支部", "BRANCH", committee, district);
            for (int i = 0; i < 5; i++) {
                events.member(UUID.randomUUID(), sent).full("2010-07-01", "2011-07-01").send();
            }
            events.member(UUID.randomUUID(), silent).full("2010-07-01", "2011-07-01").send();
            events.held(sent, sent, "COMMITTEE_MEETING", "2025-10-08", 1.0);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        String school = "Bearer " + TestTokens.school(sent);
        String bureau = "Bearer " + TestTokens.bureau(district);
        String id = SummarySteps.draft(school, sent, "2025-S1");
        SummarySteps.write(school, id, "STUDY", "本学期开展“青年教师读原著”活动。");
        SummarySteps.submit(school, id);
        SummarySteps.accept(bureau, id);
        try (EventFixtures events = new EventFixtures()) {
            events.member(UUID.randomUUID(), sent).full("2012-07-01", "2013-07-01").send();
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }

        String fromRecords = given().header("Authorization", bureau).queryParam("period", "2025-S1").queryParam("format", "md")
                .get("/api/v1/summaries/organizations/{id}", committee).then().statusCode(200).extract().asString();
        assertTrue(fromRecords.contains("党员7名"), "the default stays the records as they are now: " + fromRecords);

        String fromAccepted = given().header("Authorization", bureau).queryParam("period", "2025-S1").queryParam("source", "accepted")
                .queryParam("format", "md").get("/api/v1/summaries/organizations/{id}", committee).then().statusCode(200).extract()
                .asString();
        assertTrue(fromAccepted.contains("所属党支部2个，工作总结已审核通过的1个，尚无审核通过的工作总结的1个：汇总未报小学党支部（未起草）。"), fromAccepted);
        assertTrue(fromAccepted.contains("这些支部有党员5名（含预备党员0名）"), "the accepted version's frozen figures: " + fromAccepted);
        assertTrue(fromAccepted.contains("“三会一课”应落实"), fromAccepted);
        assertTrue(fromAccepted.contains("本学期开展“青年教师读原著”活动。"), "the secretary's narrative: " + fromAccepted);
        assertFalse(fromAccepted.contains("党员6名"), "not the records since: " + fromAccepted);

        byte[] docx = given().header("Authorization", bureau).queryParam("period", "2025-S1").queryParam("source", "accepted")
                .queryParam("format", "docx").get("/api/v1/summaries/organizations/{id}", committee).then().statusCode(200).extract()
                .asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("汇总未报小学党支部（未起草）") && text.contains("党员5名"), text);
        }

        given().header("Authorization", bureau).queryParam("period", "2025-S1").queryParam("source", "submitted")
                .get("/api/v1/summaries/organizations/{id}", committee).then().statusCode(400).body("errors[0].field", equalTo("source"));
        given().header("Authorization", bureau).queryParam("from", "2025-09-01").queryParam("to", "2026-01-31")
                .queryParam("source", "accepted")
                .get("/api/v1/summaries/organizations/{id}", committee).then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().header("Authorization", "Bearer " + TestTokens.bureau("110101")).queryParam("period", "2025-S1")
                .queryParam("source", "accepted")
                .get("/api/v1/summaries/organizations/{id}", committee).then().statusCode(404);
    }
}
