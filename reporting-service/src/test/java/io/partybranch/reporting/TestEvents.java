package io.partybranch.reporting;

import io.partybranch.common.testing.TopicWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the events members-service and activities-service publish, shaped as their contracts say
 * (deploy/asyncapi), through the real broker. Names are invented: "成员" and the id's first characters.
 */
public final class TestEvents implements AutoCloseable {

    private final TopicWriter writer = new TopicWriter();

    public static String nameOf(UUID member) {
        return "成员" + member.toString().substring(0, 4);
    }

    public void organization(UUID id, String name, String type, UUID parent, String district) {
        Map<String, Object> data = new HashMap<>(Map.of("id", id.toString(), "name", name, "type", type, "districtCode", district,
                "version", 0));
        if (parent != null) {
            data.put("parentId", parent.toString());
        }
        members("organization.created.v1", id, type.equals("PARTY_GROUP") ? parent : id, data);
    }

    /** A member's full state; dates may be null. */
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

        public Member full(String joinedOn, String fullSince) {
            return set("politicalStatus", "FULL").set("joinedOn", joinedOn).set("fullSince", fullSince).set("statusSince", fullSince);
        }

        public Member probationary(String joinedOn) {
            return set("politicalStatus", "PROBATIONARY").set("joinedOn", joinedOn).set("statusSince", joinedOn);
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
                Map.entry("type", type), Map.entry("status", "HELD"), Map.entry("plannedFor", day), Map.entry("heldOn", day),
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
        members("committee.elected.v1", id, branch, Map.of("id", id.toString(), "branchId", branch.toString(), "electedOn", electedOn,
                "termEndsOn", termEndsOn, "version", 0, "posts", posts));
    }

    public static Map<String, Object> post(UUID member, String post, String from, String to) {
        Map<String, Object> data = new HashMap<>(Map.of("memberId", member.toString(), "post", post, "fromDate", from));
        if (to != null) {
            data.put("toDate", to);
        }
        return data;
    }

    private void members(String type, UUID subject, UUID branch, Map<String, Object> data) {
        writer.send("members.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service", type, subject, branch, data));
    }

    private void activities(String type, UUID subject, UUID branch, Map<String, Object> data) {
        writer.send("activities.events", branch.toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "activities-service", type, subject,
                branch, data));
    }

    @Override
    public void close() {
        writer.close();
    }
}
