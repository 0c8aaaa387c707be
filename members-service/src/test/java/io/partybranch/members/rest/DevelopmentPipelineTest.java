package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.partybranch.common.testing.BusinessDate;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every development rule, with the step it allows and the step it refuses. Party standing is counted
 * to "today", so the business clock stands on 2026-11-20 and every expected standing is counted by hand.
 */
@QuarkusTest
@BusinessDate("2026-11-20")
class DevelopmentPipelineTest {

    private static ValidatableResponse step(String member, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/members/" + member + "/status-changes").then();
    }

    private static void refusedBy(ValidatableResponse response, String rule) {
        response.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/rule-violation/" + rule));
    }

    @Test
    void citizenIdIsCheckedAgainstTheCheckDigitBirthDateAndGender() {
        String branch = Fixtures.createBranch();
        Map<String, Object> body = Fixtures.memberBody(branch, "校验测试", "FULL");
        String id = (String) body.get("citizenId");
        char wrongCheck = id.charAt(17) == '1' ? '2' : '1';
        body.put("citizenId", id.substring(0, 17) + wrongCheck);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/members").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("citizenId"))
                .body("detail", not(containsString(id.substring(6, 14))));

        body = Fixtures.memberBody(branch, "校验测试", "FULL");
        body.put("birthDate", "1950-01-01");
        body.put("gender", "MALE");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/members").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("birthDate", "gender"));
        body.put("phone", "12345");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/members").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("phone"));

        body = Fixtures.memberBody(branch, "校验测试", "FULL");
        String member = Fixtures.register(body);
        String full = (String) body.get("citizenId");
        given().get("/api/v1/members/" + member).then().statusCode(200)
                .body("citizenIdMasked", equalTo("*".repeat(16) + full.substring(16)))
                .body("phoneMasked", equalTo("138****1234"))
                .body("partyStandingYears", equalTo(15)); // full since 2011-07-01, read on 2026-11-20
    }

    @Test
    void aCitizenIdIsUniqueAmongActiveMembersOnly() {
        String branch = Fixtures.createBranch();
        Map<String, Object> body = Fixtures.memberBody(branch, "唯一测试", "FULL");
        String first = Fixtures.register(body);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/members").then().statusCode(409)
                .body("type", equalTo("/problems/conflict/citizen-id-registered"));

        given().contentType(ContentType.JSON).body(Map.of("state", "LEFT", "effectiveDate", "2026-01-10"))
                .post("/api/v1/members/" + first + "/state-changes").then().statusCode(200);
        Fixtures.register(body);
    }

    @Test
    void anApplicantMustBeEighteen() {
        String branch = Fixtures.createBranch();
        Map<String, Object> young = Fixtures.memberBody(branch, "年轻申请人", "APPLICANT");
        LocalDate birth = LocalDate.of(2009, 3, 1);
        young.put("birthDate", birth.toString());
        young.put("citizenId", Fixtures.citizenId(birth, "FEMALE", 7));
        young.put("statusSince", "2026-10-08");
        refusedBy(given().contentType(ContentType.JSON).body(young).post("/api/v1/members").then(), "applicant-under-18");

        Map<String, Object> adult = Fixtures.memberBody(branch, "成年申请人", "APPLICANT");
        LocalDate eighteen = LocalDate.of(2008, 10, 8);
        adult.put("birthDate", eighteen.toString());
        adult.put("citizenId", Fixtures.citizenId(eighteen, "FEMALE", 7));
        Fixtures.register(adult);
    }

    @Test
    void theWholePipelineWithEveryRefusal() {
        String branch = Fixtures.createBranch();
        String mentor = Fixtures.registerMember(branch, "培养人", "FULL");
        String introducerA = Fixtures.registerMember(branch, "介绍人甲", "FULL");
        String introducerB = Fixtures.registerMember(branch, "介绍人乙", "FULL");
        String probationer = Fixtures.registerMember(branch, "预备党员", "PROBATIONARY");
        String applicant = Fixtures.registerMember(branch, "申请人", "APPLICANT"); // since 2026-10-08

        refusedBy(step(applicant, Map.of("toStatus", "CANDIDATE", "effectiveDate", "2026-10-20")), "pipeline-order");
        refusedBy(step(applicant, Map.of("toStatus", "ACTIVIST", "effectiveDate", "2026-10-20")), "activist-mentors");
        refusedBy(step(applicant, Map.of("toStatus", "ACTIVIST", "effectiveDate", "2026-10-01", "mentorIds", List.of(mentor))),
                "dates-out-of-order");
        refusedBy(step(applicant, Map.of("toStatus", "ACTIVIST", "effectiveDate", "2026-10-20", "mentorIds", List.of(probationer))),
                "sponsor-not-full-member");
        step(applicant, Map.of("toStatus", "ACTIVIST", "effectiveDate", "2026-10-20", "mentorIds", List.of(mentor)))
                .statusCode(200).body("politicalStatus", equalTo("ACTIVIST")).body("activistSince", equalTo("2026-10-20"));

        // Candidate after less than a year as activist is refused; a back-filled activist a year earlier is fine.
        refusedBy(step(applicant, Map.of("toStatus", "CANDIDATE", "effectiveDate", "2026-11-20")), "activist-too-short");
        String activist = Fixtures.registerMember(branch, "积极分子", "ACTIVIST"); // since 2025-09-10
        refusedBy(step(activist, Map.of("toStatus", "CANDIDATE", "effectiveDate", "2026-09-09")), "activist-too-short");
        // A candidate is chosen after the recommendation (推优) and a branch review of the last half year.
        refusedBy(step(activist, Map.of("toStatus", "CANDIDATE", "effectiveDate", "2026-09-10")), "candidacy-without-review");
        Fixtures.fileStep(activist, "RECOMMENDATION", "2026-09-01");
        Fixtures.fileStep(activist, "ACTIVIST_REVIEW", "2026-03-01");
        refusedBy(step(activist, Map.of("toStatus", "CANDIDATE", "effectiveDate", "2026-09-10")), "candidacy-without-review");
        Fixtures.fileStep(activist, "ACTIVIST_REVIEW", "2026-08-28");
        step(activist, Map.of("toStatus", "CANDIDATE", "effectiveDate", "2026-09-10")).statusCode(200);

        refusedBy(step(activist, Map.of("toStatus", "PROBATIONARY", "effectiveDate", "2026-10-01", "introducerIds", List.of(introducerA))),
                "introducers-required");
        refusedBy(step(activist, Map.of("toStatus", "PROBATIONARY", "effectiveDate", "2026-10-01",
                "introducerIds", List.of(introducerA, probationer))), "sponsor-not-full-member");
        step(activist,
                Map.of("toStatus", "PROBATIONARY", "effectiveDate", "2026-10-01", "introducerIds", List.of(introducerA, introducerB)))
                .statusCode(200).body("joinedOn", equalTo("2026-10-01")).body("probationEndsOn", equalTo("2027-10-01"));

        // Probation: conversion not before its end; one extension of 6-12 months.
        refusedBy(step(probationer, Map.of("toStatus", "FULL", "effectiveDate", "2026-11-01")), "probation-not-ended");
        given().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2026-11-01", "months", 13))
                .post("/api/v1/members/" + probationer + "/probation-extensions").then().statusCode(400)
                .body("errors[0].field", equalTo("months"));
        given().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2026-11-01", "months", 6))
                .post("/api/v1/members/" + probationer + "/probation-extensions").then().statusCode(200)
                .body("probationEndsOn", equalTo("2027-12-15")).body("probationExtended", equalTo(true));
        refusedBy(given().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2026-11-02", "months", 6))
                .post("/api/v1/members/" + probationer + "/probation-extensions").then(), "probation-extended-once");

        given().get("/api/v1/members/" + applicant + "/history").then().statusCode(200)
                .body("kind", hasItems("REGISTERED", "STATUS"))
                .body("toValue", hasItems("APPLICANT", "ACTIVIST"));
    }

    @Test
    void aProbationerIsConvertedAtTheEndOfProbationOrCancelled() {
        String branch = Fixtures.createBranch();
        Map<String, Object> body = Fixtures.memberBody(branch, "按期转正", "PROBATIONARY");
        body.put("statusSince", "2025-11-01");
        String onTime = Fixtures.register(body);
        step(onTime, Map.of("toStatus", "FULL", "effectiveDate", "2026-11-01")).statusCode(200)
                .body("politicalStatus", equalTo("FULL")).body("fullSince", equalTo("2026-11-01"))
                .body("partyStandingYears", equalTo(0)); // full since 2026-11-01, read on 2026-11-20
        refusedBy(step(onTime, Map.of("toStatus", "FULL", "effectiveDate", "2026-11-02")), "pipeline-order");

        String cancelled = Fixtures.registerMember(branch, "取消资格", "PROBATIONARY");
        given().contentType(ContentType.JSON).body(Map.of("effectiveDate", "2026-11-01", "reason", "不具备党员条件"))
                .post("/api/v1/members/" + cancelled + "/probation-cancellations").then().statusCode(200)
                .body("membershipState", equalTo("LEFT"));
        refusedBy(step(cancelled, Map.of("toStatus", "FULL", "effectiveDate", "2026-11-02")), "member-not-active");
    }

    @Test
    void aStepDatedAfterTodayIsRefusedOnTheBusinessClock() {
        String branch = Fixtures.createBranch();
        String mentor = Fixtures.registerMember(branch, "培养人", "FULL");
        String applicant = Fixtures.registerMember(branch, "申请人", "APPLICANT"); // since 2026-10-08
        step(applicant, Map.of("toStatus", "ACTIVIST", "effectiveDate", "2026-11-21", "mentorIds", List.of(mentor)))
                .statusCode(400).body("errors.field", containsInAnyOrder("effectiveDate"));
        step(applicant, Map.of("toStatus", "ACTIVIST", "effectiveDate", "2026-11-20", "mentorIds", List.of(mentor)))
                .statusCode(200).body("activistSince", equalTo("2026-11-20"));
    }

    @Test
    @BusinessDate("2027-06-30")
    void standingCountsWholeYearsToTheAnniversary() {
        String branch = Fixtures.createBranch();
        Map<String, Object> body = Fixtures.memberBody(branch, "党龄测试", "FULL"); // full since 2011-07-01
        String member = Fixtures.register(body);
        given().get("/api/v1/members/" + member).then().body("partyStandingYears", equalTo(15)); // the day before the 16th anniversary
    }

    @Test
    void registeringAFullMemberNeedsAdmissionAYearBefore() {
        String branch = Fixtures.createBranch();
        Map<String, Object> body = Fixtures.memberBody(branch, "缺入党日期", "FULL");
        body.remove("joinedOn");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("joinedOn"));
        body.put("joinedOn", "2011-01-01");
        refusedBy(given().contentType(ContentType.JSON).body(body).post("/api/v1/members").then(), "probation-not-ended");
        body.put("joinedOn", "2010-07-01");
        body.put("candidateSince", "2010-08-01");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("joinedOn"));
    }
}
