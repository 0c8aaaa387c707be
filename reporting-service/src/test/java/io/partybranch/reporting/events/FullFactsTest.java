package io.partybranch.reporting.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.partybranch.common.testing.TopicWriter;
import io.partybranch.reporting.ReadModelRows;
import io.partybranch.reporting.repository.ActivityView;
import io.partybranch.reporting.repository.MemberView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Every fact the statistics and the work summary need arrives in the read models from the events. */
@QuarkusTest
class FullFactsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void membersTransfersCommitteesHonoursActivitiesAttendanceAndEvaluationsAreKept() {
        UUID from = UUID.randomUUID();
        UUID to = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        UUID committee = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        UUID evaluation = UUID.randomUUID();
        UUID honour = UUID.randomUUID();
        UUID transferEvent = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter()) {
            for (UUID branch : List.of(from, to)) {
                members(writer, UUID.randomUUID(), "organization.created.v1", branch, branch, Map.of("id", branch.toString(),
                        "name", "支部", "type", "BRANCH", "districtCode", "320412", "version", 0));
            }
            members(writer, UUID.randomUUID(), "member.registered.v1", member, from, memberState(member, from, 0, "2011-07-01"));
            Map<String, Object> transferred = memberState(member, to, 1, "2026-09-20");
            transferred.put("previousOrganizationId", from.toString());
            members(writer, transferEvent, "member.transferred.v1", member, to, transferred);
            members(writer, UUID.randomUUID(), "committee.elected.v1", committee, to, Map.of("id", committee.toString(),
                    "branchId", to.toString(), "electedOn", "2024-09-01", "termEndsOn", "2027-09-01", "version", 0,
                    "posts", List.of(Map.of("memberId", member.toString(), "post", "SECRETARY", "fromDate", "2026-09-25"))));
            members(writer, UUID.randomUUID(), "honour.awarded.v1", honour, to,
                    Map.of("id", honour.toString(), "memberId", member.toString(),
                            "kind", "HONOUR", "title", "优秀共产党员", "level", "DISTRICT", "year", 2026));
            writer.send("activities.events", to.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "activities-service",
                    "activity.held.v1", activity, to, Map.ofEntries(Map.entry("id", activity.toString()),
                            Map.entry("organizationId", to.toString()), Map.entry("branchId", to.toString()),
                            Map.entry("type", "GENERAL_MEETING"), Map.entry("status", "HELD"), Map.entry("plannedFor", "2026-10-10"),
                            Map.entry("heldOn", "2026-10-10"), Map.entry("expectedCount", 2), Map.entry("presentCount", 1),
                            Map.entry("attendanceRate", 0.5), Map.entry("quorumMet", false), Map.entry("version", 1),
                            Map.entry("attendance",
                                    List.of(Map.of("memberId", member.toString(), "status", "PRESENT", "expected", true))))));
            writer.send("activities.events", to.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "activities-service",
                    "trust-ballot.recorded.v1", evaluation, to, Map.of("id", evaluation.toString(), "branchId", to.toString(),
                            "period", "2026年上半年", "heldOn", "2026-06-30", "distribution", Map.of("EXCELLENT", 1, "QUALIFIED", 2),
                            "trustBallots", List.of(Map.of("memberId", member.toString(), "ballots", 21, "trusted", 20)))));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count("trust_view where evaluation_id = '" + evaluation + "'") == 1
                && count("attendance_view where activity_id = '" + activity + "'") == 1
                && count("honour_view where id = '" + honour + "'") == 1);

        QuarkusTransaction.requiringNew().run(() -> {
            MemberView view = MemberView.findById(member);
            assertEquals(to, view.organizationId);
            assertEquals("BACHELOR", view.education);
            assertEquals(LocalDate.of(2010, 7, 1), view.joinedOn);
            ActivityView held = ActivityView.findById(activity);
            assertEquals(2, held.expectedCount);
            assertEquals(false, held.quorumMet);
        });
        assertEquals(1, count("transfer_view where id = '" + transferEvent + "' and from_branch_id = '" + from
                + "' and to_branch_id = '" + to + "' and status = 'CONFIRMED'"));
        assertEquals(1, count("committee_post_view where committee_id = '" + committee + "' and post = 'SECRETARY'"));
        assertEquals(1, count("honour_view where id = '" + honour + "' and branch_id = '" + to + "'"));
        assertEquals(1, count("evaluation_view where id = '" + evaluation + "' and distribution like '%\"EXCELLENT\":1%'"));
    }

    private long count(String from) {
        return ReadModelRows.count(entityManager, from);
    }

    private static Map<String, Object> memberState(UUID member, UUID branch, long version, String effective) {
        Map<String, Object> data = new HashMap<>(Map.of("id", member.toString(), "organizationId", branch.toString(),
                "gender", "FEMALE", "birthDate", "1985-04-12", "education", "BACHELOR", "politicalStatus", "FULL",
                "statusSince", "2011-07-01", "joinedOn", "2010-07-01", "fullSince", "2011-07-01", "version", version));
        data.put("membershipState", "NORMAL");
        data.put("effectiveDate", effective);
        return data;
    }

    private static void members(TopicWriter writer, UUID eventId, String type, UUID subject, UUID branch, Map<String, Object> data) {
        writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(eventId, "members-service", type, subject, branch, data));
    }
}
