package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.partybranch.common.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The first semester of school year 2025 (2025-09-01 – 2026-01-31) of a branch that misses January's
 * committee meeting, never holds a party lecture and holds a theme day only in September. Every
 * expected figure below is counted by hand from the events sent.
 */
@QuarkusTest
class PeriodStatisticsTest {

    @Test
    void aSemesterOfFiguresAndComplianceComputedFromTheEvents() {
        UUID branch = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        UUID transferred = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            members(writer, "organization.created.v1", branch, branch, Map.of("id", branch.toString(), "name", "青禾第二小学党支部",
                    "type", "BRANCH", "districtCode", "320412", "version", 0));
            members(writer, "organization.created.v1", group, branch, Map.of("id", group.toString(), "name", "低年级党小组",
                    "type", "PARTY_GROUP", "parentId", branch.toString(), "districtCode", "320412", "version", 0));
            members(writer, "organization.created.v1", elsewhere, elsewhere, Map.of("id", elsewhere.toString(), "name", "他校党支部",
                    "type", "BRANCH", "districtCode", "320412", "version", 0));
            member(writer, "member.registered.v1", UUID.randomUUID(), branch, "FEMALE", "1985-04-12", "BACHELOR", "FULL",
                    "2010-07-01", "2011-07-01", "青禾幼儿园", 0, "2011-07-01");                        // full, attached
            member(writer, "member.registered.v1", UUID.randomUUID(), branch, "MALE", "1998-01-01", "POSTGRADUATE", "PROBATIONARY",
                    "2025-10-01", null, null, 0, "2025-10-01");                                     // joined in the semester
            member(writer, "member.registered.v1", UUID.randomUUID(), branch, "FEMALE", "1990-05-05", "BACHELOR", "FULL",
                    "2024-12-01", "2025-12-01", null, 0, "2025-12-01");                            // converted in the semester
            member(writer, "member.registered.v1", transferred, elsewhere, "MALE", "1970-03-03", "JUNIOR_COLLEGE", "FULL",
                    "2001-07-01", "2002-07-01", null, 0, "2002-07-01");
            member(writer, "member.transferred.v1", transferred, branch, "MALE", "1970-03-03", "JUNIOR_COLLEGE", "FULL",
                    "2001-07-01", "2002-07-01", null, 1, "2025-11-15");                            // transferred in
            UUID applicant = UUID.randomUUID();
            member(writer, "member.registered.v1", applicant, branch, "MALE", "2000-01-01", "BACHELOR", "APPLICANT",
                    null, null, null, 0, "2025-10-10");

            held(writer, branch, branch, "COMMITTEE_MEETING", "2025-09-10", 1.0);
            held(writer, branch, branch, "COMMITTEE_MEETING", "2025-10-10", 1.0);
            held(writer, branch, branch, "COMMITTEE_MEETING", "2025-11-10", 0.5);
            held(writer, branch, branch, "COMMITTEE_MEETING", "2025-12-10", 1.0);
            held(writer, branch, branch, "COMMITTEE_MEETING", "2026-02-05", 1.0);              // after the semester
            held(writer, branch, branch, "GENERAL_MEETING", "2025-11-20", 0.75);
            for (String day : List.of("2025-09-17", "2025-10-17", "2025-11-17", "2025-12-17", "2026-01-17")) {
                held(writer, branch, group, "GROUP_MEETING", day, 1.0);
            }
            held(writer, branch, branch, "THEME_DAY", "2025-09-01", 1.0);
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("period", "2025-S1").get("/api/v1/statistics/branches/" + branch + "/period").then()
                        .statusCode(200)
                        .body("members.transfersIn", equalTo(1))
                        .body("members.byStatus.APPLICANT", equalTo(1))
                        .body("activities.GROUP_MEETING.held", equalTo(5))
                        .body("activities.THEME_DAY.held", equalTo(1)));

        given().queryParam("period", "2025-S1").get("/api/v1/statistics/branches/" + branch + "/period").then()
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
                .body("activities.COMMITTEE_MEETING.averageAttendanceRate", equalTo(0.875f))
                // Committee 4/5 months, general meeting 1/1 quarter (Q4), group 5/5, lecture 0/1, theme day 1/5; no whole year.
                .body("compliance.met", equalTo(11)).body("compliance.required", equalTo(17))
                .body("compliance.rate", equalTo(0.6471f))
                .body("compliance.cadences.find { it.type == 'COMMITTEE_MEETING' }.units.find { it.unit == '2026-01' }.met", equalTo(false))
                .body("compliance.cadences.find { it.type == 'PARTY_LECTURE' }.met", equalTo(0))
                .body("compliance.cadences.find { it.type == 'DEMOCRATIC_EVALUATION' }.required", equalTo(0))
                .body("compliance.cadences.find { it.type == 'GROUP_MEETING' }.partyGroupId", equalTo(group.toString()))
                .body("asOf", notNullValue());

        given().queryParam("period", "2025-13").get("/api/v1/statistics/branches/" + branch + "/period").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        given().queryParam("period", "2025-Q4").get("/api/v1/statistics/branches/" + branch + "/period").then().statusCode(200)
                .body("compliance.cadences.find { it.type == 'GENERAL_MEETING' }.met", equalTo(1));
    }

    private static void held(TopicWriter writer, UUID branch, UUID organization, String type, String day, double rate) {
        UUID id = UUID.randomUUID();
        writer.send("activities.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "activities-service",
                "activity.held.v1", id, branch, Map.ofEntries(Map.entry("id", id.toString()),
                        Map.entry("organizationId", organization.toString()), Map.entry("branchId", branch.toString()),
                        Map.entry("type", type), Map.entry("status", "HELD"), Map.entry("plannedFor", day), Map.entry("heldOn", day),
                        Map.entry("expectedCount", 4), Map.entry("presentCount", (int) (rate * 4)), Map.entry("attendanceRate", rate),
                        Map.entry("version", 1), Map.entry("attendance", List.of()))));
    }

    private static void member(TopicWriter writer, String type, UUID id, UUID branch, String gender, String birth, String education,
            String status, String joinedOn, String fullSince, String ownUnit, long version, String effective) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "organizationId", branch.toString(), "gender", gender,
                "birthDate", birth, "education", education, "politicalStatus", status, "statusSince", effective,
                "membershipState", "NORMAL", "version", version, "effectiveDate", effective));
        if (joinedOn != null) {
            data.put("joinedOn", joinedOn);
        }
        if (fullSince != null) {
            data.put("fullSince", fullSince);
        }
        if (ownUnit != null) {
            data.put("ownUnit", ownUnit);
        }
        members(writer, type, id, branch, data);
    }

    private static void members(TopicWriter writer, String type, UUID subject, UUID branch, Map<String, Object> data) {
        writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", type, subject, branch, data));
    }
}
