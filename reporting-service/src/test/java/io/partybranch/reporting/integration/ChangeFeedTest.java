package io.partybranch.reporting.integration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.EventFixtures;
import io.partybranch.common.testing.TestRun;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** GET /api/v1/changes: every event, in order, scoped and masked as the resources are, resumable from a cursor. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    EntityManager entityManager;

    /** Pages through the whole feed as one caller, {@code limit} at a time. */
    record Read(List<Map<String, Object>> events, String next) {
        List<String> ids() {
            return events.stream().map(e -> (String) e.get("id")).toList();
        }
    }

    static Read readAll(String token, String after, String types, int limit) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = after;
        while (true) {
            var request = given().header("Authorization", "Bearer " + token).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            if (types != null) {
                request.queryParam("types", types);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            events.addAll(page.getList("items"));
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                return new Read(events, cursor);
            }
        }
    }

    @Test
    void aBureauReadsItsDistrictsChangesInOrderMaskedAndResumes() {
        String district = TestRun.districtCode();
        String otherDistrict = TestRun.districtCode();
        UUID bureau = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID leaver = UUID.randomUUID();
        List<UUID> ours;
        UUID transfer;
        UUID notOurs;
        UUID leaverRegistered;
        try (EventFixtures events = new EventFixtures()) {
            events.organization(bureau, "教育局党委", "COMMITTEE", null, district);
            events.organization(branch, "实验小学党支部", "BRANCH", bureau, district);
            events.organization(elsewhere, "别区学校党支部", "BRANCH", null, otherDistrict);
            events.member(member, branch).full("2010-07-01", "2011-07-01").send();
            events.member(leaver, elsewhere).full("2012-07-01", "2013-07-01").send();
            events.held(branch, branch, "GENERAL_MEETING", "2026-09-10", 0.75);
            events.held(branch, branch, "PARTY_LECTURE", "2026-09-20", 1.0);
            events.send(EventFixtures.ACTIVITIES_TOPIC, "activities-service", "vote.held.v1", UUID.randomUUID(), branch,
                    Map.of("id", UUID.randomUUID().toString(), "branchId", branch.toString()));
            // A member arriving from another district's branch: both branches' scopes see the move.
            transfer = events.send(EventFixtures.MEMBERS_TOPIC, "members-service", "member.transferred.v1", leaver, branch,
                    Map.ofEntries(Map.entry("id", leaver.toString()), Map.entry("organizationId", branch.toString()),
                            Map.entry("previousOrganizationId", elsewhere.toString()), Map.entry("fullName", EventFixtures.nameOf(leaver)),
                            Map.entry("gender", "FEMALE"), Map.entry("birthDate", "1985-04-12"), Map.entry("education", "BACHELOR"),
                            Map.entry("politicalStatus", "FULL"), Map.entry("statusSince", "2013-07-01"),
                            Map.entry("membershipState", "NORMAL"), Map.entry("version", 1), Map.entry("effectiveDate", "2026-10-01")));
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
            List<UUID> sentMembers = events.sent().get(EventFixtures.MEMBERS_TOPIC);
            List<UUID> sentActivities = events.sent().get(EventFixtures.ACTIVITIES_TOPIC);
            notOurs = sentMembers.get(2);
            leaverRegistered = sentMembers.get(4);
            ours = new ArrayList<>(List.of(sentMembers.get(0), sentMembers.get(1), sentMembers.get(3)));
            ours.addAll(sentActivities);
            ours.add(transfer);
        }

        String bureauToken = TestTokens.bureau(district);
        Read read = readAll(bureauToken, null, null, 2);
        assertEquals(ours.size(), read.events().size(), "the district's own events and the arrival, nothing of the other district");
        assertTrue(read.ids().containsAll(ours.stream().map(UUID::toString).toList()));
        assertFalse(read.ids().contains(notOurs.toString()));
        List<String> branchActivities = read.events().stream().filter(e -> "activities-service".equals(e.get("source")))
                .map(e -> (String) e.get("type")).toList();
        assertEquals(List.of("activity.held.v1", "activity.held.v1", "vote.held.v1"), branchActivities, "a branch's events in order");
        Map<String, Object> registered = read.events().stream().filter(e -> "member.registered.v1".equals(e.get("type"))).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) registered.get("data");
        assertFalse(data.containsKey("birthDate"), "a bureau sees no birth date, as in members' responses");
        assertEquals(1985, data.get("birthYear"));
        assertEquals(member.toString(), data.get("id"));
        assertEquals("1.0", registered.get("specversion"));

        // The other district's bureau sees its branch, the leaver's registration and the departure; nothing of our branch's own.
        // (Its branch's events and the transfer, keyed by the arriving branch, lie on different partitions: no order between them.)
        assertEquals(Set.of(notOurs.toString(), leaverRegistered.toString(), transfer.toString()),
                Set.copyOf(readAll(TestTokens.bureau(otherDistrict), null, null, 100).ids()));

        // Resuming after the last cursor returns nothing, then exactly what came since.
        Read nothing = readAll(bureauToken, read.next(), null, 100);
        assertTrue(nothing.events().isEmpty());
        assertEquals(read.next(), nothing.next(), "no new event: the same cursor comes back");
        UUID later;
        try (EventFixtures events = new EventFixtures()) {
            later = events.held(branch, branch, "THEME_DAY", "2026-10-15", 0.5);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        Read resumed = readAll(bureauToken, read.next(), null, 100);
        assertEquals(1, resumed.events().size());
        assertEquals(later.toString(), ((Map<?, ?>) resumed.events().getFirst().get("data")).get("id"));
        assertNotEquals(read.next(), resumed.next());

        Read held = readAll(bureauToken, null, "activity.held.v1", 100);
        assertEquals(3, held.events().size());
        assertTrue(held.events().stream().allMatch(e -> "activity.held.v1".equals(e.get("type"))));

        // An administrator reveals what a bureau may not see.
        Read admin = readAll(TestTokens.admin(), null, "member.registered.v1", 500);
        Map<String, Object> revealed = admin.events().stream().filter(e -> member.toString().equals(e.get("subject"))).findFirst()
                .orElseThrow();
        assertEquals("1985-04-12", ((Map<?, ?>) revealed.get("data")).get("birthDate"));

        given().header("Authorization", "Bearer " + TestTokens.school(elsewhere)).queryParam("after", resumed.next())
                .get("/api/v1/changes").then().statusCode(200).body("items", Matchers.empty());
    }

    @Test
    void aCursorTheFeedDidNotHandOutOrAMalformedTypeIsRefused() {
        for (String cursor : List.of("nonsense", "YzEuLTU", "Yy4xMg")) {
            given().queryParam("after", cursor).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", Matchers.equalTo("after"));
        }
        given().queryParam("types", "activity.held").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", Matchers.equalTo("types"));
        given().queryParam("limit", 501).get("/api/v1/changes").then().statusCode(400);
    }
}
