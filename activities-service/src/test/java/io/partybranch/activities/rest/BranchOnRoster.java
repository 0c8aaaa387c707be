package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;

import io.partybranch.common.testing.EventFixtures;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A branch whose roster arrives as members-service announces it: five full members (two of them in
 * a party group from 2026-09-01), a probationer, an activist, a newcomer transferred in on
 * 2026-09-20, and a committee (secretary, organisation and discipline held by one member,
 * propaganda). Built fresh for each test; returned only once activities-service has applied every
 * one of those events.
 */
final class BranchOnRoster {

    /** The consumer name activities-service records in its inbox. */
    static final String CONSUMER = "activities-roster";

    final UUID branch = UUID.randomUUID();
    final UUID group = UUID.randomUUID();
    final List<UUID> full = new ArrayList<>();
    final UUID probationer = UUID.randomUUID();
    final UUID activist = UUID.randomUUID();
    final UUID newcomer = UUID.randomUUID();

    private BranchOnRoster() {
    }

    static BranchOnRoster announce(EntityManager entityManager) {
        BranchOnRoster roster = new BranchOnRoster();
        UUID otherBranch = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(roster.branch, "组织", "BRANCH", null, "320412");
            events.organization(otherBranch, "组织", "BRANCH", null, "320412");
            events.organization(roster.group, "组织", "PARTY_GROUP", roster.branch, "320412");
            for (int i = 0; i < 5; i++) {
                UUID member = UUID.randomUUID();
                roster.full.add(member);
                events.member(member, roster.branch).full("2010-07-01", "2011-07-01").send();
            }
            events.member(roster.probationer, roster.branch).probationary("2026-06-15").send();
            events.member(roster.activist, roster.branch).activist("2025-09-10").send();
            events.member(roster.newcomer, otherBranch).full("2001-07-01", "2002-07-01").send();
            events.member(roster.newcomer, roster.branch).full("2001-07-01", "2002-07-01")
                    .transferredFrom(otherBranch, "2026-09-20", 1).send();
            for (UUID grouped : roster.full.subList(0, 2)) {
                events.member(grouped, roster.branch).full("2010-07-01", "2011-07-01").inGroup(roster.group, "2026-09-01", 1).send();
            }
            UUID committee = UUID.randomUUID();
            events.committee(committee, roster.branch, "2024-09-01", "2027-09-01", List.of(
                    EventFixtures.post(roster.full.get(0), "SECRETARY", "2024-09-01", null),
                    EventFixtures.post(roster.full.get(1), "ORGANIZATION", "2024-09-01", null),
                    EventFixtures.post(roster.full.get(1), "DISCIPLINE", "2024-09-01", null),
                    EventFixtures.post(roster.full.get(2), "PROPAGANDA", "2024-09-01", null)));
            // The election was sent last: waiting for every event covers it too.
            events.awaitApplied(entityManager, CONSUMER, EventFixtures.MEMBERS_TOPIC);
        }
        return roster;
    }

    static String plan(UUID organization, String type, String date) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization.toString(), "type", type, "title", "测试" + type, "plannedFor", date))
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    /** Records the activity as held on its planned date, hosted by the secretary, with the given attendance. */
    ValidatableResponse record(String activity, List<Map<String, Object>> attendance) {
        String date = given().get("/api/v1/activities/" + activity).then().extract().path("plannedFor");
        Map<String, Object> body = new HashMap<>(Map.of("heldOn", date, "startTime", "15:30:00", "endTime", "16:30:00",
                "place", "党员活动室", "hostMemberId", full.get(0).toString(), "recorderMemberId", full.get(2).toString(),
                "documents", List.of("中国共产党支部工作条例（试行）"), "minutes", "会议记录", "attendance", attendance));
        body.put("guests", List.of("社区志愿者"));
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/activities/" + activity + "/record").then();
    }

    /** Records the activity as held on its planned date with type-specific details and nobody listed. */
    static ValidatableResponse recordWith(String activity, Map<String, Object> details) {
        String date = given().get("/api/v1/activities/" + activity).then().extract().path("plannedFor");
        Map<String, Object> body = new HashMap<>(Map.of("heldOn", date, "attendance", List.of()));
        body.putAll(details);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/activities/" + activity + "/record").then();
    }

    static Map<String, Object> entry(UUID member, String status, String reason) {
        Map<String, Object> entry = new HashMap<>(Map.of("memberId", member.toString(), "status", status));
        if (reason != null) {
            entry.put("reason", reason);
        }
        return entry;
    }
}
