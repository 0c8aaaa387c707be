package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.time.BusinessCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Party dues through the API on 2026-07-15: bases, bills, payments, reliefs, corrections, arrears
 * and the branch's figures, each rule allowed and refused. Amounts are computed by hand.
 */
@QuarkusTest
class DuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

    @Inject
    EntityManager entityManager;

    String branch;

    @BeforeEach
    void onTheFifteenthOfJuly() {
        BusinessCalendar.useClock(Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.UTC));
        branch = Fixtures.createBranch();
    }

    @AfterEach
    void realClock() {
        BusinessCalendar.useClock(Clock.systemUTC());
    }

    private static ValidatableResponse post(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static void refusedBy(ValidatableResponse response, String rule) {
        response.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/rule-violation/" + rule));
    }

    private static ValidatableResponse assess(String member, String category, String income) {
        Map<String, Object> body = new HashMap<>(Map.of("year", 2026, "category", category));
        if (income != null) {
            body.put("monthlyIncome", income);
        }
        return post("/api/v1/members/" + member + "/dues/assessments", body);
    }

    private static ValidatableResponse pay(String member, String paidOn, String amount) {
        return post("/api/v1/members/" + member + "/dues/payments", Map.of("paidOn", paidOn, "amount", amount, "method", "WECHAT"));
    }

    private ValidatableResponse bill(String from, String to) {
        return post("/api/v1/organizations/" + branch + "/dues/bills", Map.of("fromMonth", from, "toMonth", to));
    }

    @Test
    void aBranchsHalfYearBilledPaidAndBehind() {
        String teacher = Fixtures.registerMember(branch, "党费教师", "FULL");
        String student = Fixtures.registerMember(branch, "党费学生", "FULL");
        String unassessed = Fixtures.registerMember(branch, "未核定", "FULL");
        Fixtures.registerMember(branch, "积极分子", "ACTIVIST");

        assess(teacher, "EMPLOYED", "6543.21").statusCode(201)
                .body("monthlyAmount", equalTo(98.15f)).body("rate", equalTo(0.015f))
                .body("monthlyIncomeMasked", equalTo("****")).body("monthlyIncome", equalTo(6543.21f))
                .body("basis", equalTo("月工资收入（税后）5000元以上至10000元（含10000元），交纳1.5%"));
        assess(student, "STUDENT", null).statusCode(201).body("monthlyAmount", equalTo(0.2f));

        bill("2026-01", "2026-07").statusCode(200)
                .body("billsIssued", equalTo(14))
                .body("notBilled", hasSize(7))
                .body("notBilled.memberId", hasItem(unassessed))
                .body("notBilled.reason", hasItem("NO_ASSESSMENT"));
        bill("2026-01", "2026-07").statusCode(200).body("billsIssued", equalTo(0)).body("billsAlreadyIssued", equalTo(14));

        pay(teacher, "2026-03-10", "196.30").statusCode(201)
                .body("settlesFrom", equalTo("2026-01")).body("settlesThrough", equalTo("2026-02"))
                .body("aheadOfBills", equalTo(0.0f));

        given().get("/api/v1/members/" + teacher + "/dues?year=2026").then().statusCode(200)
                .body("monthlyAmount", equalTo(98.15f))
                .body("months.status", contains("PAID", "PAID", "UNPAID", "UNPAID", "UNPAID", "UNPAID", "UNPAID"))
                .body("months[1].settledOn", equalTo("2026-03-10"))
                .body("months.overdue", contains(false, false, true, true, true, true, false))
                .body("outstanding", equalTo(490.75f))
                .body("monthsBehind", equalTo(4)).body("sixMonthsBehind", equalTo(false));
        given().get("/api/v1/members/" + student + "/dues").then().statusCode(200)
                .body("monthsBehind", equalTo(6)).body("sixMonthsBehind", equalTo(true));

        given().get("/api/v1/organizations/" + branch + "/dues/arrears?minMonths=6").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].memberId", equalTo(student))
                .body("items[0].oldestUnpaidMonth", equalTo("2026-01")).body("items[0].outstanding", equalTo(1.2f))
                .body("items[0].sixMonthsBehind", equalTo(true));
        given().get("/api/v1/organizations/" + branch + "/dues/arrears").then().statusCode(200)
                .body("items.memberId", contains(student, teacher));

        given().get("/api/v1/organizations/" + branch + "/dues?year=2026").then().statusCode(200)
                .body("months", hasSize(7))
                // January: 98.15 + 0.20 billed, the teacher's 98.15 paid (in March); both unpaid at January's end.
                .body("months[0].billed", equalTo(98.35f)).body("months[0].paid", equalTo(98.15f))
                .body("months[0].collectionRate", equalTo(0.998f))
                .body("months[0].membersPaid", equalTo(1)).body("months[0].membersBehind", equalTo(2))
                .body("months[0].membersSixMonthsBehind", equalTo(0))
                // June: the teacher four months behind, the student six.
                .body("months[5].membersBehind", equalTo(2)).body("months[5].membersSixMonthsBehind", equalTo(1))
                .body("billed", equalTo(688.45f)).body("paid", equalTo(196.3f))
                .body("members", hasSize(2));
    }

    @Test
    void theIncomeIsMaskedForRolesThatMayNotSeeItAndNeverLeavesInEvents() {
        String teacher = Fixtures.registerMember(branch, "收入保密", "FULL");
        String id = assess(teacher, "EMPLOYED", "8532.50").statusCode(201).body("monthlyAmount", equalTo(127.99f))
                .extract().path("id");
        String school = "Bearer " + TestTokens.school(UUID.fromString(branch));
        given().header("Authorization", school).get("/api/v1/members/" + teacher + "/dues/assessments/" + id).then()
                .statusCode(200).body("monthlyIncomeMasked", equalTo("****")).body("monthlyIncome", nullValue());
        bill("2026-07", "2026-07").statusCode(200);

        String stored = (String) entityManager.createNativeQuery("select income_cipher from dues_assessment where id = :id")
                .setParameter("id", UUID.fromString(id)).getSingleResult();
        assertFalse(stored.contains("8532"), "stored encrypted");
        @SuppressWarnings("unchecked")
        List<String> events = entityManager.createNativeQuery(
                "select payload from outbox_event where event_type = 'dues-month.updated.v1' and payload like :branch")
                .setParameter("branch", "%" + branch + "%").getResultList();
        assertEquals(1, events.size());
        assertTrue(events.get(0).contains("\"billed\":127.99"), events.get(0));
        assertFalse(events.get(0).contains("8532"));
        assertFalse(events.get(0).contains(teacher), "branch figures name no member");
    }

    @Test
    void theIncomeGoesWithTheCategory() {
        String teacher = Fixtures.registerMember(branch, "类别校验", "FULL");
        assess(teacher, "EMPLOYED", null).statusCode(400).body("errors.field", contains("monthlyIncome"));
        assess(teacher, "STUDENT", "800.00").statusCode(400).body("errors.field", contains("monthlyIncome"));
        assess(teacher, "EMPLOYED", "3000.001").statusCode(400).body("errors.field", contains("monthlyIncome"));
        assess(teacher, "RETIRED", "5000.00").statusCode(201).body("monthlyAmount", equalTo(25.0f));
    }

    @Test
    void onlyMembersPayAndOnlyBranchesBillStartedMonths() {
        String activist = Fixtures.registerMember(branch, "尚未入党", "ACTIVIST");
        refusedBy(assess(activist, "EMPLOYED", "4000.00"), "dues-for-members-only");
        refusedBy(pay(activist, "2026-07-01", "10.00"), "dues-for-members-only");
        String probationary = Fixtures.registerMember(branch, "六月入党", "PROBATIONARY");
        assess(probationary, "EMPLOYED", "4000.00").statusCode(201);
        refusedBy(pay(probationary, "2026-05-20", "40.00"), "dues-before-admission");

        bill("2026-05", "2026-07").statusCode(200).body("billsIssued", equalTo(2)); // June (admission month) and July
        refusedBy(bill("2026-07", "2026-08"), "dues-month-not-started");
        String committee = given().get("/api/v1/organizations/" + branch).then().extract().path("parentId");
        refusedBy(post("/api/v1/organizations/" + committee + "/dues/bills", Map.of("fromMonth", "2026-07")), "dues-need-branch");
    }

    @Test
    void prepaymentsReachSixMonthsAfterTheCurrentOneAtMost() {
        String member = Fixtures.registerMember(branch, "预交党费", "FULL");
        assess(member, "EMPLOYED", "2800.00").statusCode(201).body("monthlyAmount", equalTo(14.0f));
        bill("2026-01", "2026-07").statusCode(200);
        pay(member, "2026-07-01", "98.00").statusCode(201).body("settlesThrough", equalTo("2026-07"));
        // August to January: six months at 14.00.
        pay(member, "2026-07-02", "84.00").statusCode(201).body("settlesFrom", nullValue()).body("aheadOfBills", equalTo(84.0f));
        refusedBy(pay(member, "2026-07-03", "0.01"), "dues-prepayment-over-six-months");
        given().get("/api/v1/members/" + member + "/dues").then().body("credit", equalTo(84.0f)).body("payments", hasSize(2));
    }

    @Test
    void correctionsAndCancellationsKeepWhatThePaymentWas() {
        String member = Fixtures.registerMember(branch, "更正记录", "FULL");
        assess(member, "EMPLOYED", "4321.37").statusCode(201).body("monthlyAmount", equalTo(43.21f));
        bill("2026-07", "2026-07").statusCode(200);
        String payment = pay(member, "2026-07-05", "34.21").statusCode(201).extract().path("id");
        String path = "/api/v1/members/" + member + "/dues/payments/" + payment;
        String etag = given().get(path).then().statusCode(200).body("settlesThrough", equalTo("2026-07")).extract().header("ETag");
        Map<String, Object> correction = Map.of("paidOn", "2026-07-06", "amount", "43.21", "method", "CASH", "reason", "金额录入有误");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(correction).post(path + "/corrections").then()
                .statusCode(200).body("amount", equalTo(43.21f)).body("paidOn", equalTo("2026-07-06"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(correction).post(path + "/corrections").then()
                .statusCode(412);
        given().get("/api/v1/members/" + member + "/dues").then().body("months[0].status", equalTo("PAID"));

        post(path + "/cancellation", Map.of("reason", "重复登记")).statusCode(200).body("cancelled", equalTo(true));
        refusedBy(post(path + "/cancellation", Map.of("reason", "再次作废")), "dues-payment-cancelled");
        refusedBy(post(path + "/corrections", correction), "dues-payment-cancelled");
        given().get("/api/v1/members/" + member + "/dues").then().body("months[0].status", equalTo("UNPAID"))
                .body("outstanding", equalTo(43.21f));
        given().get("/api/v1/members/" + member + "/dues/history").then().statusCode(200)
                .body("change", containsInAnyOrder("CORRECTED", "CANCELLED"))
                .body("find { it.change == 'CORRECTED' }.fromValue", equalTo("2026-07-05 34.21 WECHAT"))
                .body("find { it.change == 'CORRECTED' }.toValue", equalTo("2026-07-06 43.21 CASH"));
    }

    @Test
    void aRaiseFromJulyRepricesJulysBillWithHistory() {
        String member = Fixtures.registerMember(branch, "调整基数", "FULL");
        assess(member, "EMPLOYED", "4321.37").statusCode(201);
        bill("2026-06", "2026-07").statusCode(200);
        post("/api/v1/members/" + member + "/dues/assessments",
                Map.of("year", 2026, "fromMonth", 7, "category", "EMPLOYED", "monthlyIncome", "5200.00", "reason", "七月起调资"))
                .statusCode(201).body("monthlyAmount", equalTo(78.0f));
        given().get("/api/v1/members/" + member + "/dues").then()
                .body("months.due", contains(43.21f, 78.0f)).body("monthlyAmount", equalTo(78.0f));
        given().get("/api/v1/members/" + member + "/dues/assessments?year=2026").then().body("fromMonth", contains(1, 7));
        given().get("/api/v1/members/" + member + "/dues/history").then()
                .body("[0].subject", equalTo("BILL")).body("[0].change", equalTo("REPRICED"))
                .body("[0].fromValue", equalTo("2026-07 43.21")).body("[0].toValue", equalTo("2026-07 78.00"));
    }

    @Test
    void anApprovedExemptionZeroesItsMonthsAndReliefsDoNotOverlap() {
        String member = Fixtures.registerMember(branch, "困难党员", "FULL");
        assess(member, "EMPLOYED", "3500.00").statusCode(201).body("monthlyAmount", equalTo(35.0f));
        bill("2026-01", "2026-07").statusCode(200);
        Map<String, Object> exemption = new HashMap<>(Map.of("fromMonth", "2026-03", "toMonth", "2026-05", "kind", "EXEMPT",
                "approvedBy", "区教育局党委", "approvedOn", "2026-02-20", "reason", "家庭遭遇重大变故"));
        post("/api/v1/members/" + member + "/dues/exemptions", exemption).statusCode(201).body("monthlyAmount", equalTo(0.0f));
        given().get("/api/v1/members/" + member + "/dues").then()
                .body("months.status", contains("UNPAID", "UNPAID", "EXEMPT", "EXEMPT", "EXEMPT", "UNPAID", "UNPAID"))
                .body("monthsBehind", equalTo(3)).body("outstanding", equalTo(140.0f));

        exemption.put("fromMonth", "2026-05");
        exemption.put("toMonth", "2026-06");
        refusedBy(post("/api/v1/members/" + member + "/dues/exemptions", exemption), "dues-exemption-overlaps");
        Map<String, Object> reduction = new HashMap<>(exemption);
        reduction.putAll(Map.of("fromMonth", "2026-06", "toMonth", "2026-07", "kind", "REDUCED", "reducedAmount", "35.00"));
        refusedBy(post("/api/v1/members/" + member + "/dues/exemptions", reduction), "dues-reduction-not-lower");
        reduction.put("reducedAmount", "5.00");
        post("/api/v1/members/" + member + "/dues/exemptions", reduction).statusCode(201);
        given().get("/api/v1/members/" + member + "/dues").then().body("months[6].due", equalTo(5.0f));
    }

    @Test
    void aSchoolSeesItsOwnMembersDuesOnly() {
        String member = Fixtures.registerMember(branch, "范围测试", "FULL");
        assess(member, "STUDENT", null).statusCode(201);
        String otherBranch = Fixtures.createBranch();
        String other = "Bearer " + TestTokens.school(UUID.fromString(otherBranch));
        given().header("Authorization", other).get("/api/v1/members/" + member + "/dues").then().statusCode(404);
        given().header("Authorization", other).get("/api/v1/organizations/" + branch + "/dues/arrears").then().statusCode(404);
        given().header("Authorization", other).contentType(ContentType.JSON)
                .body(Map.of("paidOn", "2026-07-01", "amount", "0.20", "method", "CASH"))
                .post("/api/v1/members/" + member + "/dues/payments").then().statusCode(404);
        String own = "Bearer " + TestTokens.school(UUID.fromString(branch));
        given().header("Authorization", own).get("/api/v1/members/" + member + "/dues").then().statusCode(200)
                .body("memberId", equalTo(member)).body("months", not(nullValue()));
    }
}
