package io.partybranch.reporting.rest;

import static io.partybranch.common.testing.EventFixtures.attended;
import static io.partybranch.common.testing.EventFixtures.nameOf;
import static io.partybranch.common.testing.EventFixtures.post;
import static io.partybranch.common.testing.EventFixtures.trust;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The first semester of school year 2025 (2025-09-01 – 2026-01-31) of a branch that misses January's
 * committee meeting, never holds a party lecture and holds a theme day only in September. Every
 * expected figure below is counted by hand from the events sent.
 */
@QuarkusTest
class PeriodStatisticsTest {

    @Inject
    EntityManager entityManager;

    static final String PERIOD = "/api/v1/statistics/branches/{id}/period";

    @Test
    void aSemesterOfFiguresAndComplianceComputedFromTheEvents() {
        UUID branch = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        UUID attachedMember = UUID.randomUUID();
        UUID newcomer = UUID.randomUUID();
        UUID transferred = UUID.randomUUID();
        UUID formerCommittee = UUID.randomUUID();
        OffsetDateTime sentFrom = BusinessCalendar.now();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(branch, "青禾第二小学党支部", "BRANCH", null, "320412");
            events.organization(group, "低年级党小组", "PARTY_GROUP", branch, "320412");
            events.organization(elsewhere, "他校党支部", "BRANCH", null, "320412");
            events.member(attachedMember, branch).full("2010-07-01", "2011-07-01").set("ownUnit", "青禾幼儿园").send();
            events.member(newcomer, branch).set("gender", "MALE").set("birthDate", "1998-01-01").set("education", "POSTGRADUATE")
                    .probationary("2025-10-01").send(); // joined in the semester
            events.member(UUID.randomUUID(), branch).set("birthDate", "1990-05-05").full("2024-12-01", "2025-12-01").send(); // converted
            events.member(transferred, elsewhere).set("gender", "MALE").set("birthDate", "1970-03-03").set("education", "JUNIOR_COLLEGE")
                    .full("2001-07-01", "2002-07-01").send();
            events.member(transferred, branch).set("gender", "MALE").set("birthDate", "1970-03-03").set("education", "JUNIOR_COLLEGE")
                    .full("2001-07-01", "2002-07-01").transferredFrom(elsewhere, "2025-11-15", 1).send(); // transferred in
            events.member(UUID.randomUUID(), branch).set("gender", "MALE").set("birthDate", "2000-01-01")
                    .set("politicalStatus", "APPLICANT").set("statusSince", "2025-10-10").send();
            events.member(formerCommittee, elsewhere).full("2000-07-01", "2001-07-01").send();

            events.held(branch, branch, "COMMITTEE_MEETING", "2025-09-10", 1.0);
            events.held(branch, branch, "COMMITTEE_MEETING", "2025-10-10", 1.0, List.of(
                    attended(attachedMember, "PRESENT", true), attended(newcomer, "ABSENT", true)));
            events.held(branch, branch, "COMMITTEE_MEETING", "2025-11-10", 0.5, List.of(
                    attended(attachedMember, "EXCUSED", true), attended(newcomer, "ABSENT", true),
                    attended(transferred, "PRESENT", false))); // 列席, not expected
            events.held(branch, branch, "COMMITTEE_MEETING", "2025-12-10", 1.0);
            events.held(branch, branch, "COMMITTEE_MEETING", "2026-02-05", 1.0); // after the semester
            events.held(branch, branch, "GENERAL_MEETING", "2025-11-20", 0.75);
            for (String day : List.of("2025-09-17", "2025-10-17", "2025-11-17", "2025-12-17", "2026-01-17")) {
                events.held(branch, group, "GROUP_MEETING", day, 1.0);
            }
            events.held(branch, branch, "THEME_DAY", "2025-09-01", 1.0);

            events.committee(UUID.randomUUID(), branch, "2024-09-01", "2027-08-31", List.of(
                    post(attachedMember, "SECRETARY", "2024-09-01", null),
                    post(newcomer, "ORGANIZATION", "2025-12-01", null),
                    post(formerCommittee, "DISCIPLINE", "2024-09-01", "2025-10-01"))); // left before the semester ended
            events.evaluation(UUID.randomUUID(), branch, "2025年度", "2026-01-10", Map.of("EXCELLENT", 1, "QUALIFIED", 3),
                    List.of(trust(attachedMember, 4, 4), trust(newcomer, 4, 3)));
            events.evaluation(UUID.randomUUID(), branch, "2026年上半年", "2026-06-30", Map.of("EXCELLENT", 2), List.of());
            events.honour(branch, attachedMember, "HONOUR", "优秀共产党员", "DISTRICT", 2025, "2025-12-01");
            events.honour(branch, null, "HONOUR", "先进基层党组织", "CITY", 2025, null); // undated: counted in the period holding 31 Dec
            events.honour(branch, newcomer, "SANCTION", "警告", "SCHOOL", 2025, "2025-10-01");
            events.honour(branch, attachedMember, "HONOUR", "师德标兵", "SCHOOL", 2026, "2026-03-01"); // after the semester
            // Every event above, on every partition, applied: not only the figures a wait happened to name.
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }

        given().queryParam("period", "2025-S1").get(PERIOD, branch).then()
                .body("from", equalTo("2025-09-01")).body("to", equalTo("2026-01-31")).body("periodLabel", equalTo("2025学年第一学期"))
                .body("members.partyMembers", equalTo(4))
                .body("members.byStatus.FULL", equalTo(3)).body("members.byStatus.PROBATIONARY", equalTo(1))
                .body("members.byGender.FEMALE", equalTo(2)).body("members.byGender.MALE", equalTo(2))
                .body("members.byAgeBand.'<30'", equalTo(1)).body("members.byAgeBand.'30-39'", equalTo(1))
                .body("members.byAgeBand.'40-49'", equalTo(1)).body("members.byAgeBand.'50-59'", equalTo(1))
                .body("members.byPartyStanding.'<5'", equalTo(1)).body("members.byPartyStanding.'10-19'", equalTo(1))
                .body("members.byPartyStanding.'20+'", equalTo(1))
                .body("members.attached", equalTo(1)).body("members.joined", equalTo(1)).body("members.converted", equalTo(1))
                .body("members.transfersOut", equalTo(0))
                .body("activities.COMMITTEE_MEETING.held", equalTo(4))
                // 应到 4 each; 实到 4 + 4 + 2 + 4.
                .body("activities.COMMITTEE_MEETING.expected", equalTo(16)).body("activities.COMMITTEE_MEETING.present", equalTo(14))
                .body("activities.COMMITTEE_MEETING.attendanceRate", equalTo(0.875f))
                .body("activities.COMMITTEE_MEETING.averageAttendanceRate", equalTo(0.875f))
                // The newcomer missed both meetings they were expected at; the secretary was excused once; the 列席 guest is not listed.
                .body("attendanceByMember.memberId", contains(newcomer.toString(), attachedMember.toString()))
                .body("attendanceByMember[0].fullName", equalTo(nameOf(newcomer)))
                .body("attendanceByMember[0].absent", equalTo(2)).body("attendanceByMember[0].present", equalTo(0))
                .body("attendanceByMember[1].excused", equalTo(1)).body("attendanceByMember[1].rate", equalTo(0.5f))
                // Committee 4/5 months, general meeting 1/1 quarter (Q4), group 5/5, lecture 0/1, theme day 1/5; no whole year.
                .body("compliance.met", equalTo(11)).body("compliance.required", equalTo(17))
                .body("compliance.rate", equalTo(0.6471f))
                .body("compliance.cadences.find { it.type == 'COMMITTEE_MEETING' }.units.find { it.unit == '2026-01' }.met", equalTo(false))
                .body("compliance.cadences.find { it.type == 'PARTY_LECTURE' }.met", equalTo(0))
                .body("compliance.cadences.find { it.type == 'DEMOCRATIC_EVALUATION' }.required", equalTo(0))
                .body("compliance.cadences.find { it.type == 'GROUP_MEETING' }.partyGroupId", equalTo(group.toString()))
                .body("committee.electedOn", equalTo("2024-09-01"))
                .body("committee.posts.post", contains("SECRETARY", "ORGANIZATION"))
                .body("committee.posts[1].postLabel", equalTo("组织委员"))
                .body("evaluations.grades.EXCELLENT", equalTo(1)).body("evaluations.grades.QUALIFIED", equalTo(3))
                .body("evaluations.trustRate", equalTo(0.875f))
                .body("evaluations.trust.find { it.memberId == '" + newcomer + "' }.rate", equalTo(0.75f))
                .body("honours.byLevel.DISTRICT", equalTo(1)).body("honours.byLevel.CITY", equalTo(1))
                .body("honours.byLevel.SCHOOL", equalTo(null))
                .body("honours.sanctions", equalTo(1))
                .body("honours.honours.recipient", contains(nameOf(attachedMember), "青禾第二小学党支部"))
                .body("asOf", notNullValue());
        // As fresh as the latest event applied for the branch: one of those sent above, stamped by the sender.
        OffsetDateTime asOf = OffsetDateTime.parse(given().queryParam("period", "2025-S1").get(PERIOD, branch)
                .then().extract().path("asOf"));
        Assertions.assertFalse(asOf.isBefore(sentFrom.truncatedTo(ChronoUnit.MILLIS)),
                asOf + " is older than the events of this test (sent from " + sentFrom + ")");
        Assertions.assertFalse(asOf.isAfter(BusinessCalendar.now()), asOf + " is in the future");

        given().queryParam("period", "2025-13").get(PERIOD, branch).then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        given().queryParam("period", "2025-Q4").get(PERIOD, branch).then().statusCode(200)
                .body("compliance.cadences.find { it.type == 'GENERAL_MEETING' }.met", equalTo(1));
        // Its one group met every month of the semester, which the summary says as a secretary would.
        given().queryParam("period", "2025-S1").get(WorkSummaryTest.SUMMARY, branch).then().statusCode(200)
                .body(Matchers.containsString("各党小组每月都召开了党小组会"))
                .body(Matchers.containsString("未按要求落实的有：支部委员会（2026-01）"));
        // The sending branch sees the transfer out, from the branch the event names.
        given().queryParam("period", "2025-S1").get(PERIOD, elsewhere).then().statusCode(200)
                .body("members.transfersOut", equalTo(1)).body("members.partyMembers", equalTo(1));
    }
}
