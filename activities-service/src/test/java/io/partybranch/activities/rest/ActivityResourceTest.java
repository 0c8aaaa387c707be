package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.activities.repository.RosterOrganization;
import io.partybranch.common.testing.TopicReader;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {

    @Test
    void plansAnActivityForABranchKnownFromMembersEvents() {
        UUID branch = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        announce(branch, "BRANCH", null);
        announce(group, "PARTY_GROUP", branch);
        awaitRoster(group);

        String id = given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", branch.toString(), "type", "COMMITTEE_MEETING",
                        "title", "研究部署九月份党建工作", "plannedFor", "2026-09-08"))
                .post("/api/v1/activities").then().statusCode(201)
                .body("status", equalTo("PLANNED")).body("typeLabel", equalTo("支部委员会"))
                .extract().path("id");

        String groupMeeting = given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", group.toString(), "type", "GROUP_MEETING",
                        "title", "学习交流", "plannedFor", "2026-09-10"))
                .post("/api/v1/activities").then().statusCode(201)
                .body("branchId", equalTo(branch.toString()))
                .extract().path("id");

        try (TopicReader topic = TopicReader.of("activities.events")) {
            ConsumerRecord<String, String> planned = topic.await(TopicReader.eventWithSubject("activity.planned.v1", id));
            assertEquals(branch.toString(), planned.key());
            ConsumerRecord<String, String> group_ = topic.await(TopicReader.eventWithSubject("activity.planned.v1", groupMeeting));
            assertEquals(branch.toString(), group_.key(), "a group's activities stay in their branch's partition");
        }
        given().queryParam("branchId", branch).get("/api/v1/activities").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void refusesUnknownOrganisationsAndTheWrongHolder() {
        given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", UUID.randomUUID().toString(), "type", "PARTY_LECTURE",
                        "title", "党课", "plannedFor", "2026-09-20"))
                .post("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));

        UUID branch = UUID.randomUUID();
        announce(branch, "BRANCH", null);
        awaitRoster(branch);
        given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", branch.toString(), "type", "GROUP_MEETING",
                        "title", "党小组会", "plannedFor", "2026-09-20"))
                .post("/api/v1/activities").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/group-meeting-needs-party-group"));
    }

    private static void announce(UUID id, String type, UUID parent) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "name", "组织" + id, "type", type,
                "districtCode", "320412", "version", 0));
        if (parent != null) {
            data.put("parentId", parent.toString());
        }
        try (TopicWriter writer = new TopicWriter()) {
            writer.send("members.events", (parent == null ? id : parent).toString(),
                    TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", "organization.created.v1", id,
                            parent == null ? id : parent, data));
        }
    }

    private static void awaitRoster(UUID id) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> RosterOrganization.findById(id) != null));
    }
}
