package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.BusinessDate;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.members.domain.DocumentTypeTest;
import io.partybranch.members.events.VoteEventsConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * One person from the application to full membership through the API, as 发展党员工作细则 lays it out:
 * every step dated with who did it and its evidence, documents attached, the general meeting's votes
 * arriving as vote.held.v1, each refusal where the regulation puts it, and the file printed as .docx.
 * Today is 2027-06-25, so the whole path lies in the past.
 */
@QuarkusTest
@BusinessDate("2027-06-25")
class DevelopmentWalkthroughTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    EntityManager entityManager;

    private static ValidatableResponse step(String member, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("outcome", "PASSED", "doneBy", "实验小学党支部"));
        body.putAll(fields);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/members/" + member + "/development/steps").then();
    }

    private static String recorded(String member, Map<String, Object> fields) {
        return step(member, fields).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse status(String member, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/members/" + member + "/status-changes").then();
    }

    private static void refusedBy(ValidatableResponse response, String rule) {
        response.statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/rule-violation/" + rule));
    }

    private static ValidatableResponse attach(String member, String step, String type, String name, byte[] content) {
        return given().contentType(type).queryParam("fileName", name).body(content)
                .post("/api/v1/members/" + member + "/development/steps/" + step + "/documents").then();
    }

    private void vote(String branch, String member, String subject, String heldOn) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", UUID.randomUUID().toString());
        data.put("activityId", UUID.randomUUID().toString());
        data.put("branchId", branch);
        data.put("subject", subject);
        data.put("candidateMemberId", member);
        data.put("motion", "支部党员大会表决");
        data.put("yes", 6);
        data.put("no", 0);
        data.put("abstain", 1);
        data.put("votingExpected", 7);
        data.put("passed", true);
        data.put("outcomeLabel", "通过");
        data.put("heldOn", heldOn);
        try (EventFixtures events = new EventFixtures()) {
            events.send(EventFixtures.ACTIVITIES_TOPIC, "activities-service", "vote.held.v1", UUID.fromString((String) data.get("id")),
                    UUID.fromString(branch), data);
            events.awaitApplied(entityManager, VoteEventsConsumer.CONSUMER);
        }
    }

    @Test
    void fromTheApplicationToFullMembershipWithEveryStepEvidenceAndVote() throws Exception {
        String branch = Fixtures.createBranch();
        String mentorA = Fixtures.registerMember(branch, "联系人甲", "FULL");
        String mentorB = Fixtures.registerMember(branch, "联系人乙", "FULL");
        String probationer = Fixtures.registerMember(branch, "另一预备党员", "PROBATIONARY");
        Map<String, Object> registration = Fixtures.memberBody(branch, "发展对象", "APPLICANT");
        registration.put("statusSince", "2025-03-03");
        String person = Fixtures.register(registration);

        // 1. 申请入党: the branch talks with the applicant within a month; nothing of a later stage yet.
        refusedBy(step(person, Map.of("kind", "APPLICATION_TALK", "doneOn", "2025-03-01")), "dates-out-of-order");
        refusedBy(step(person, Map.of("kind", "RECOMMENDATION", "doneOn", "2025-03-20")), "development-step-order");
        String talk = recorded(person, Map.of("kind", "APPLICATION_TALK", "doneOn", "2025-03-20", "doneBy", "支部书记",
                "evidence", "谈话记录"));
        String letter = attach(person, talk, "application/pdf", "入党申请书.pdf", PDF).statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("sizeBytes", equalTo(PDF.length)).extract().path("id");

        // 2. 入党积极分子: mentors, reports, half-yearly reviews, the recommendation.
        status(person, Map.of("toStatus", "ACTIVIST", "effectiveDate", "2025-04-01", "mentorIds", List.of(mentorA))).statusCode(200);
        refusedBy(step(person, Map.of("kind", "MENTORS_APPOINTED", "doneOn", "2025-05-01", "mentorIds", List.of(mentorA, probationer))),
                "sponsor-not-full-member");
        recorded(person, Map.of("kind", "MENTORS_APPOINTED", "doneOn", "2025-05-01", "mentorIds", List.of(mentorA, mentorB)));
        String report = recorded(person, Map.of("kind", "ACTIVIST_REPORT", "doneOn", "2025-07-01", "doneBy", "发展对象"));
        attach(person, report, DOCX, "思想汇报.docx", DocumentTypeTest.zip("[Content_Types].xml", "word/document.xml")).statusCode(201);
        recorded(person, Map.of("kind", "ACTIVIST_REVIEW", "doneOn", "2025-10-01", "evidence", "培养考察表（一）"));
        recorded(person, Map.of("kind", "ACTIVIST_REVIEW", "doneOn", "2026-03-20", "evidence", "培养考察表（二）"));
        refusedBy(status(person, Map.of("toStatus", "CANDIDATE", "effectiveDate", "2026-04-01")), "candidacy-without-review");
        recorded(person, Map.of("kind", "RECOMMENDATION", "doneOn", "2026-03-25", "evidence", "推优测评 12票中11票同意"));
        refusedBy(status(person, Map.of("toStatus", "CANDIDATE", "effectiveDate", "2026-03-31")), "activist-too-short");
        status(person, Map.of("toStatus", "CANDIDATE", "effectiveDate", "2026-04-01")).statusCode(200);

        // 3. 发展对象: political review with its conclusion, the training, 预审, 公示, the higher committee's talk.
        refusedBy(step(person, Map.of("kind", "PRE_REVIEW", "doneOn", "2026-05-11")), "development-step-order");
        step(person, Map.of("kind", "POLITICAL_REVIEW", "doneOn", "2026-04-20")).statusCode(400).body("errors[0].field",
                equalTo("evidence"));
        String review = recorded(person, Map.of("kind", "POLITICAL_REVIEW", "doneOn", "2026-04-20", "evidence", "政审合格"));
        attach(person, review, "image/png", "政审结论.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0})
                .statusCode(201);
        refusedBy(step(person, Map.of("kind", "TRAINING", "doneOn", "2026-04-27", "endsOn", "2026-04-28")), "training-too-short");
        recorded(person, Map.of("kind", "TRAINING", "doneOn", "2026-04-27", "endsOn", "2026-04-28", "classHours", 24,
                "doneBy", "区委党校", "evidence", "结业证书"));
        recorded(person, Map.of("kind", "PRE_REVIEW", "doneOn", "2026-05-11", "doneBy", "区教育局党委"));
        refusedBy(step(person, Map.of("kind", "PUBLICITY", "doneOn", "2026-05-18", "endsOn", "2026-05-21")), "publicity-too-short");
        recorded(person, Map.of("kind", "PUBLICITY", "doneOn", "2026-05-18", "endsOn", "2026-05-22", "evidence", "公示期间无异议"));

        // 4. 接收预备党员: the meeting's vote, the higher committee's talk, then its approval.
        vote(branch, person, "ADMIT_CANDIDATE", "2026-06-01");
        List<String> introducers = List.of(mentorA, mentorB);
        refusedBy(step(person, Map.of("kind", "ADMISSION_APPROVAL", "doneOn", "2026-06-20", "introducerIds", introducers)),
                "development-step-order");
        recorded(person, Map.of("kind", "HIGHER_COMMITTEE_TALK", "doneOn", "2026-06-10", "doneBy", "区教育局党委组织员"));
        step(person, Map.of("kind", "ADMISSION_APPROVAL", "doneOn", "2026-06-20", "introducerIds", introducers)).statusCode(201)
                .body("applied", equalTo(true));
        given().get("/api/v1/members/" + person).then().body("politicalStatus", equalTo("PROBATIONARY"))
                .body("joinedOn", equalTo("2026-06-01")).body("probationEndsOn", equalTo("2027-06-01"));

        // 5. 预备期: the oath, a review every quarter, then the conversion vote and its approval.
        refusedBy(step(person, Map.of("kind", "OATH", "doneOn", "2026-05-30")), "dates-out-of-order");
        recorded(person, Map.of("kind", "OATH", "doneOn", "2026-07-01"));
        for (String quarter : List.of("2026-09-01", "2026-12-01", "2027-03-01")) {
            recorded(person, Map.of("kind", "PROBATION_REVIEW", "doneOn", quarter));
        }
        step(person, Map.of("kind", "PROBATION_EXTENSION", "doneOn", "2027-06-01")).statusCode(400).body("errors[0].field",
                equalTo("kind"));
        vote(branch, person, "CONVERT_PROBATIONARY", "2027-06-05");
        step(person, Map.of("kind", "CONVERSION_APPROVAL", "doneOn", "2027-06-20")).statusCode(201).body("applied", equalTo(true));
        given().get("/api/v1/members/" + person).then().body("politicalStatus", equalTo("FULL")).body("fullSince", equalTo("2027-06-01"));

        // The file: every step in the regulation's order, the talk on time, the documents by name.
        given().get("/api/v1/members/" + person + "/development").then().statusCode(200)
                .body("steps.kind", contains("APPLICATION_TALK", "MENTORS_APPOINTED", "MENTORS_APPOINTED", "ACTIVIST_REPORT",
                        "ACTIVIST_REVIEW",
                        "ACTIVIST_REVIEW", "RECOMMENDATION", "POLITICAL_REVIEW", "TRAINING", "PRE_REVIEW", "PUBLICITY", "ADMISSION_VOTE",
                        "HIGHER_COMMITTEE_TALK", "ADMISSION_APPROVAL", "OATH", "PROBATION_REVIEW", "PROBATION_REVIEW", "PROBATION_REVIEW",
                        "CONVERSION_VOTE", "CONVERSION_APPROVAL"))
                .body("steps[0].documents.fileName", contains("入党申请书.pdf"))
                .body("steps.find { it.kind == 'TRAINING' }.classHours", equalTo(24))
                .body("deadlines", hasSize(1)).body("deadlines[0].kind", equalTo("APPLICATION_TALK"))
                .body("deadlines[0].state", equalTo("DONE"));
        byte[] downloaded = given().get("/api/v1/members/" + person + "/development/steps/" + talk + "/documents/" + letter).then()
                .statusCode(200).contentType("application/pdf").header("Content-Disposition", containsString("UTF-8''"))
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);

        byte[] docx = given().get("/api/v1/members/" + person + "/development/document").then().statusCode(200)
                .contentType(containsString("wordprocessingml")).extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            String all = text.getText();
            for (String expected : List.of("党组织派人谈话", "指定培养联系人", "党员和群众推荐（推优）", "政治审查", "政审合格", "24学时；结业证书",
                    "上级党委派人谈话", "入党宣誓", "预备期考察", "支部大会讨论预备党员转正", "按时完成", "附件材料", "入党申请书.pdf", "思想汇报.docx",
                    "PNG", "联系人甲、联系人乙")) {
                assertTrue(all.contains(expected), expected + " missing from " + all);
            }
        }
        // No document name reaches an event.
        long leaking = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where payload like '%入党申请书%' or payload like '%政审结论%'").getSingleResult()).longValue());
        assertEquals(0, leaking);
    }

    @Test
    void documentsAreCheckedByTheirBytesAndSizeAndReadOnlyWithinScope() {
        String branch = Fixtures.createBranch();
        String person = Fixtures.registerMember(branch, "申请人", "APPLICANT"); // applied 2026-10-08
        String talk = recorded(person, Map.of("kind", "APPLICATION_TALK", "doneOn", "2026-10-20"));
        attach(person, talk, "text/html", "a.html", "<html></html>".getBytes(StandardCharsets.UTF_8)).statusCode(415)
                .contentType("application/problem+json");
        attach(person, talk, "application/pdf", "假的.pdf", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).statusCode(415)
                .contentType("application/problem+json");
        attach(person, talk, DOCX, "表格.docx", new byte[]{'P', 'K', 3, 4, 0, 0, 0}).statusCode(415);
        byte[] large = new byte[262_145];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        attach(person, talk, "application/pdf", "大.pdf", large).statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType("application/pdf").body(PDF).post("/api/v1/members/" + person + "/development/steps/" + talk + "/documents")
                .then().statusCode(400).body("errors[0].field", equalTo("fileName"));
        attach(person, talk, "application/pdf", "../etc/passwd", PDF).statusCode(400).body("errors[0].field", equalTo("fileName"));
        String document = attach(person, talk, "application/pdf", "谈话记录.pdf", PDF).statusCode(201).extract().path("id");
        given().get("/api/v1/members/" + person + "/development/steps/" + talk + "/documents").then().statusCode(200)
                .body("fileName", contains("谈话记录.pdf"));

        String path = "/api/v1/members/" + person + "/development/steps/" + talk + "/documents/" + document;
        given().header("Authorization", "Bearer " + TestTokens.school(UUID.fromString(branch))).get(path).then().statusCode(200);
        String otherBranch = Fixtures.createBranch();
        given().header("Authorization", "Bearer " + TestTokens.school(UUID.fromString(otherBranch))).get(path).then().statusCode(404);
        given().header("Authorization", "Bearer " + TestTokens.school(UUID.fromString(otherBranch))).contentType("application/pdf")
                .queryParam("fileName", "x.pdf").body(PDF).post("/api/v1/members/" + person + "/development/steps/" + talk + "/documents")
                .then().statusCode(404);
        given().get("/api/v1/members/" + person + "/development/steps/" + talk + "/documents/" + UUID.randomUUID()).then().statusCode(404);
    }
}
