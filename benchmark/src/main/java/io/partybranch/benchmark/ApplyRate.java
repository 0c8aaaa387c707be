package io.partybranch.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How fast reporting applies events when they arrive faster than it can take them: a backlog of
 * activity.held events with 30 attendees each, and member events mixed in, written to the topics as
 * the producers' relays write them, then timed from the first applied to the last.
 */
public final class ApplyRate {

    private final String bootstrap;
    private final Database database;

    public ApplyRate(String bootstrap, Database database) {
        this.bootstrap = bootstrap;
        this.database = database;
    }

    public Map<String, Object> measure(List<ProvinceLoader.LoadedBranch> branches, int activities, int memberEveryN) {
        Random random = new Random(11);
        long before = database.processedEvents("reporting");
        int members = 0;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < activities; i++) {
                ProvinceLoader.LoadedBranch branch = branches.get(random.nextInt(branches.size()));
                List<Map<String, Object>> attendance = new ArrayList<>();
                for (int a = 0; a < 30; a++) {
                    ProvinceLoader.LoadedPerson person = branch.people().get(a % branch.people().size());
                    attendance.add(Map.of("memberId", a < branch.people().size() ? person.id() : UUID.randomUUID(), "status",
                            a % 10 == 0 ? "ABSENT" : "PRESENT", "expected", true));
                }
                UUID id = UUID.randomUUID();
                LocalDate day = LocalDate.of(2026, 3, 1).plusDays(random.nextInt(120));
                send(producer, "activities.events", "activities-service", "activity.held.v1", id, branch.id(), Map.ofEntries(
                        Map.entry("id", id), Map.entry("organizationId", branch.id()), Map.entry("branchId", branch.id()),
                        Map.entry("type", "STUDY_SESSION"), Map.entry("status", "HELD"), Map.entry("plannedFor", day),
                        Map.entry("heldOn", day),
                        Map.entry("expectedCount", 30), Map.entry("presentCount", 27), Map.entry("attendanceRate", 0.9),
                        Map.entry("attendance", attendance), Map.entry("version", 1)));
                if (memberEveryN > 0 && i % memberEveryN == 0) {
                    ProvinceLoader.LoadedPerson person = branch.people().get(random.nextInt(branch.people().size()));
                    Province.Person p = person.plan();
                    Map<String, Object> state = new LinkedHashMap<>();
                    state.put("id", person.id());
                    state.put("organizationId", branch.id());
                    state.put("fullName", p.name());
                    state.put("gender", p.gender());
                    state.put("birthDate", p.birthDate());
                    state.put("education", p.education());
                    state.put("politicalStatus", p.status());
                    state.put("statusSince", p.statusSince());
                    state.put("joinedOn", p.joinedOn());
                    state.put("fullSince", p.fullSince());
                    state.put("appliedOn", p.appliedOn());
                    state.put("activistSince", p.activistSince());
                    state.put("candidateSince", p.candidateSince());
                    state.put("membershipState", "NORMAL");
                    state.put("version", 1_000 + i);
                    send(producer, "members.events", "members-service", "member.updated.v1", person.id(), branch.id(), state);
                    members++;
                }
            }
            producer.flush();
        }
        long expected = before + activities + members;
        long firstApplied = 0;
        long started = System.nanoTime();
        long last = database.processedEvents("reporting");
        while (last < expected) {
            if (firstApplied == 0 && last > before) {
                firstApplied = System.nanoTime();
            }
            if (System.nanoTime() - started > 3_600_000_000_000L) {
                throw new IllegalStateException(
                        "reporting applied " + (last - before) + " of " + (expected - before) + " events in an hour");
            }
            Api.sleep(100);
            last = database.processedEvents("reporting");
        }
        long finished = System.nanoTime();
        double seconds = (finished - (firstApplied == 0 ? started : firstApplied)) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("activityHeldEvents", activities);
        result.put("attendeesEach", 30);
        result.put("memberEvents", members);
        result.put("seconds", Hey.round(seconds));
        result.put("eventsPerSecond", Hey.round((activities + members) / seconds));
        return result;
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String source, String type, UUID subject, UUID branch,
            Map<String, Object> data) {
        ObjectNode event = Api.JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject.toString());
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("datacontenttype", "application/json");
        event.put("branchid", branch.toString());
        event.set("data", Api.JSON.valueToTree(data));
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, branch.toString(), event.toString());
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }
}
