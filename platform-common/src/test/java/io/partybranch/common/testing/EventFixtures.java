package io.partybranch.common.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * Sends the events members-service and activities-service publish, shaped as their contracts say
 * (deploy/asyncapi/platform-events.yaml), through the real broker, for the consumers' tests. It
 * remembers what it sent, so a test can wait until the consumer has applied exactly that
 * ({@link #awaitApplied}) instead of waiting for one figure and hoping the rest came with it.
 * Names are invented: "成员" and the id's first characters.
 */
public class EventFixtures implements AutoCloseable {

    public static final String MEMBERS_TOPIC = "members.events";
    public static final String ACTIVITIES_TOPIC = "activities.events";

    private final TopicWriter writer = new TopicWriter();
    private final Map<String, List<UUID>> sent = new LinkedHashMap<>();

    public static String nameOf(UUID member) {
        return "成员" + member.toString().substring(0, 4);
    }

    /** organization.created.v1; a party group's events go to its branch's partition. */
    public void organization(UUID id, String name, String type, UUID parent, String district) {
        organization(id, name, type, parent, district, 0);
    }

    /** A later version of an organisation: moved under another parent, renamed or re-coded. */
    public void organization(UUID id, String name, String type, UUID parent, String district, long version) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "name", name, "type", type, "districtCode", district,
                "version", version));
        if (parent != null) {
            data.put("parentId", parent.toString());
        }
        members(version == 0 ? "organization.created.v1" : "organization.moved.v1", id, type.equals("PARTY_GROUP") ? parent : id, data);
    }

    /** A member's full state, sent as member.registered.v1 unless another type is chosen; dates may be null. */
    public Member member(UUID id, UUID branch) {
        return new Member(id, branch);
    }

    public final class Member {
        private final Map<String, Object> data = new HashMap<>();
        private final UUID branch;
        private String type = "member.registered.v1";

        Member(UUID id, UUID branch) {
            this.branch = branch;
            data.putAll(Map.of("id", id.toString(), "organizationId", branch.toString(), "fullName", nameOf(id), "gender", "FEMALE",
                    "birthDate", "1985-04-12", "education", "BACHELOR", "politicalStatus", "FULL", "membershipState", "NORMAL",
                    "version", 0));
        }

        public Member set(String field, Object value) {
            data.put(field, value instanceof UUID ? value.toString() : value);
            return this;
        }

        /** Another member.* type carrying the same full state, e.g. member.group-assigned.v1. */
        public Member as(String eventType) {
            type = eventType;
            return this;
        }

        public Member full(String joinedOn, String fullSince) {
            return set("politicalStatus", "FULL").set("joinedOn", joinedOn).set("fullSince", fullSince).set("statusSince", fullSince);
        }

        public Member probationary(String joinedOn) {
            return set("politicalStatus", "PROBATIONARY").set("joinedOn", joinedOn).set("statusSince", joinedOn);
        }

        public Member activist(String since) {
            return set("politicalStatus", "ACTIVIST").set("activistSince", since).set("statusSince", since);
        }

        /** member.group-assigned.v1 into a party group (or out of it, with null), effective on a date, as a later version. */
        public Member inGroup(UUID group, String on, long version) {
            type = "member.group-assigned.v1";
            return set("partyGroupId", group).set("effectiveDate", on).set("version", version);
        }

        /** member.transferred.v1 from a branch, effective on a date, as a later version. */
        public Member transferredFrom(UUID previousBranch, String on, long version) {
            type = "member.transferred.v1";
            return set("previousOrganizationId", previousBranch).set("effectiveDate", on).set("version", version);
        }

        public void send() {
            data.putIfAbsent("effectiveDate", data.getOrDefault("statusSince", "2020-01-01"));
            data.putIfAbsent("statusSince", data.get("effectiveDate"));
            members(type, UUID.fromString((String) data.get("id")), branch, data);
        }
    }

    /** A held activity with 应到 4 and 实到 rate × 4; attendance entries are (member, status, expected). */
    public UUID held(UUID branch, UUID organization, String type, String day, double rate, List<Map<String, Object>> attendance) {
        UUID id = UUID.randomUUID();
        activity("activity.held.v1", id, branch, organization, type, day, rate, attendance, 1);
        return id;
    }

    public UUID held(UUID branch, UUID organization, String type, String day, double rate) {
        return held(branch, organization, type, day, rate, List.of());
    }

    public void activity(String eventType, UUID id, UUID branch, UUID organization, String type, String day, double rate,
            List<Map<String, Object>> attendance, long version) {
        activities(eventType, id, branch, Map.ofEntries(Map.entry("id", id.toString()),
                Map.entry("organizationId", organization.toString()), Map.entry("branchId", branch.toString()),
                Map.entry("type", type), Map.entry("title", type + " " + day), Map.entry("status", "HELD"),
                Map.entry("plannedFor", day), Map.entry("heldOn", day),
                Map.entry("expectedCount", 4), Map.entry("presentCount", (int) Math.round(rate * 4)), Map.entry("attendanceRate", rate),
                Map.entry("quorumMet", rate > 0.5), Map.entry("version", version), Map.entry("attendance", attendance)));
    }

    public static Map<String, Object> attended(UUID member, String status, boolean expected) {
        return Map.of("memberId", member.toString(), "status", status, "expected", expected);
    }

    public void evaluation(UUID id, UUID branch, String period, String heldOn, Map<String, Integer> distribution,
            List<Map<String, Object>> trust) {
        activities("evaluation.completed.v1", id, branch, Map.of("id", id.toString(), "branchId", branch.toString(), "period", period,
                "heldOn", heldOn, "distribution", distribution, "trustBallots", trust));
    }

    /** An evaluation's state as a producer that versions it sends it (trust-ballot.recorded after the first). */
    public void evaluation(UUID id, UUID branch, String period, String heldOn, Map<String, Integer> distribution,
            List<Map<String, Object>> trust, long version) {
        activities(version == 0 ? "evaluation.completed.v1" : "trust-ballot.recorded.v1", id, branch, Map.of("id", id.toString(),
                "branchId", branch.toString(), "period", period, "heldOn", heldOn, "distribution", distribution, "trustBallots", trust,
                "version", version));
    }

    public static Map<String, Object> trust(UUID member, int ballots, int trusted) {
        return Map.of("memberId", member.toString(), "ballots", ballots, "trusted", trusted);
    }

    /** An honour (or sanction) of a member or, when member is null, of the organisation. */
    public void honour(UUID branch, UUID member, String kind, String title, String level, int year, String awardedOn) {
        UUID id = UUID.randomUUID();
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "kind", kind, "title", title, "level", level, "year", year));
        if (member != null) {
            data.put("memberId", member.toString());
        } else {
            data.put("organizationId", branch.toString());
        }
        if (awardedOn != null) {
            data.put("awardedOn", awardedOn);
        }
        members(kind.equals("SANCTION") ? "sanction.recorded.v1" : "honour.awarded.v1", id, branch, data);
    }

    public void committee(UUID id, UUID branch, String electedOn, String termEndsOn, List<Map<String, Object>> posts) {
        committee(id, branch, electedOn, termEndsOn, posts, 0);
    }

    /** A committee's state at a version: committee.elected for the first, committee.changed after it. */
    public void committee(UUID id, UUID branch, String electedOn, String termEndsOn, List<Map<String, Object>> posts, long version) {
        members(version == 0 ? "committee.elected.v1" : "committee.changed.v1", id, branch, Map.of("id", id.toString(),
                "branchId", branch.toString(), "electedOn", electedOn, "termEndsOn", termEndsOn, "version", version, "posts", posts));
    }

    public static Map<String, Object> post(UUID member, String post, String from, String to) {
        Map<String, Object> data = new HashMap<>(Map.of("memberId", member.toString(), "post", post, "fromDate", from));
        if (to != null) {
            data.put("toDate", to);
        }
        return data;
    }

    /** Any other record, e.g. one that breaks the contract; keyed by the branch. Returns the event id. */
    public UUID send(String topic, String source, String type, UUID subject, UUID branch, Map<String, ?> data) {
        UUID eventId = UUID.randomUUID();
        writer.send(topic, branch.toString(), TopicWriter.cloudEvent(eventId, source, type, subject, branch, data));
        sent.computeIfAbsent(topic, t -> new ArrayList<>()).add(eventId);
        return eventId;
    }

    /** The ids of every event sent so far, per topic. */
    public Map<String, List<UUID>> sent() {
        return sent;
    }

    /**
     * Waits until the consumer has recorded every event this sender put on the topics in its inbox,
     * that is, applied it in the same transaction. Events on one branch's partition are applied in
     * order, so this covers whatever the test asserts about them.
     */
    public void awaitApplied(EntityManager entityManager, String consumer, String... topics) {
        List<UUID> expected = new ArrayList<>();
        sent.forEach((topic, ids) -> {
            if (topics.length == 0 || List.of(topics).contains(topic)) {
                expected.addAll(ids);
            }
        });
        if (expected.isEmpty()) {
            return;
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where consumer = :consumer and event_id in (:ids)")
                        .setParameter("consumer", consumer).setParameter("ids", expected).getSingleResult()).longValue()) == expected
                                .size());
    }

    private void members(String type, UUID subject, UUID branch, Map<String, Object> data) {
        send(MEMBERS_TOPIC, "members-service", type, subject, branch, data);
    }

    private void activities(String type, UUID subject, UUID branch, Map<String, Object> data) {
        send(ACTIVITIES_TOPIC, "activities-service", type, subject, branch, data);
    }

    @Override
    public void close() {
        writer.close();
    }
}
