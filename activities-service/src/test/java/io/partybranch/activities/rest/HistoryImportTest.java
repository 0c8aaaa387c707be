package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.activities.mapping.ImportTemplates;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** A branch's past from a JSON Lines file: the same records as the same meetings entered one by one, or nothing. */
@QuarkusTest
class HistoryImportTest {

    static final String IMPORTS = "/api/v1/activities/imports";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    /** One meeting of the year, independent of the branch: its members by their index on the roster. */
    record Meeting(String type, String date, List<Integer> present, List<Integer> excused) {
    }

    static List<Meeting> aYear() {
        List<Meeting> year = new ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            String m = String.format("2026-%02d", month);
            year.add(new Meeting("COMMITTEE_MEETING", m + "-08", List.of(0, 1, 2), List.of()));
            year.add(new Meeting("THEME_DAY", m + "-15", month % 3 == 0 ? List.of(0, 1) : List.of(0, 1, 2, 3, 4),
                    month % 3 == 0 ? List.of(2) : List.of()));
            if (month % 3 == 0) {
                year.add(new Meeting("PARTY_LECTURE", m + "-20", List.of(0, 1, 2, 3), List.of(4)));
                year.add(new Meeting("GENERAL_MEETING", m + "-25", List.of(0, 2, 4), List.of(1)));
            }
        }
        return year;
    }

    static Map<String, Object> held(BranchOnRoster roster, Meeting meeting) {
        List<Map<String, Object>> attendance = new ArrayList<>();
        meeting.present().forEach(i -> attendance.add(BranchOnRoster.entry(roster.full.get(i), "PRESENT", null)));
        meeting.excused().forEach(i -> attendance.add(BranchOnRoster.entry(roster.full.get(i), "EXCUSED", "外出培训")));
        return Map.of("activity",
                Map.of("organizationId", roster.branch.toString(), "type", meeting.type(), "title", meeting.type() + " " + meeting.date(),
                        "plannedFor", meeting.date()),
                "record", Map.of("heldOn", meeting.date(), "place", "党员活动室", "attendance", attendance));
    }

    static byte[] lines(List<?> items) {
        StringBuilder file = new StringBuilder();
        for (Object item : items) {
            file.append(item instanceof String text ? text : write(item)).append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** What reporting's figures are made of, per activity: type, date, 应到, 实到, rate, quorum, in date order. */
    static List<List<Object>> figures(UUID branch) {
        List<Map<String, Object>> items = given().queryParam("branchId", branch).queryParam("size", 200).get("/api/v1/activities")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().sorted(Comparator.comparing((Map<String, Object> a) -> (String) a.get("plannedFor"))
                .thenComparing(a -> (String) a.get("type")))
                .map(a -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> f = (Map<String, Object>) a.get("figures");
                    return List.<Object>of(a.get("type"), a.get("heldOn"), a.get("status"), f.get("expected"), f.get("present"),
                            String.valueOf(f.get("attendanceRate")), String.valueOf(f.get("quorumMet")));
                }).toList();
    }

    List<Long> announced(UUID branch) {
        Object[] row = (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) filter (where event_type = 'activity.held.v1'), count(*) from outbox_event where partition_key = :branch")
                .setParameter("branch", branch.toString()).getSingleResult());
        return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    @Test
    void aYearImportedEqualsTheSameYearRecordedOneByOne() {
        BranchOnRoster imported = BranchOnRoster.announce(entityManager);
        BranchOnRoster typed = BranchOnRoster.announce(entityManager);
        List<Meeting> year = aYear();

        given().contentType("application/x-ndjson").body(lines(year.stream().map(m -> held(imported, m)).toList()))
                .post(IMPORTS).then().statusCode(201).body("recorded", equalTo(year.size()));

        for (Meeting meeting : year) {
            Map<String, Object> item = held(typed, meeting);
            String id = given().contentType(ContentType.JSON).body(item.get("activity")).post("/api/v1/activities")
                    .then().statusCode(201).extract().path("id");
            given().contentType(ContentType.JSON).body(item.get("record")).post("/api/v1/activities/" + id + "/record").then()
                    .statusCode(200);
        }

        List<List<Object>> fromFile = figures(imported.branch);
        assertEquals(year.size(), fromFile.size());
        assertEquals(figures(typed.branch), fromFile);
        assertTrue(fromFile.stream().anyMatch(f -> !f.get(3).equals(f.get(4))), "some meetings were not fully attended");
        // Each imported activity is announced once, held, as POST /activities/held does: a typed one was also
        // announced as planned first. Reporting reads the held event whole, so the figures above are the same.
        List<Long> announced = announced(imported.branch);
        List<Long> typedAnnounced = announced(typed.branch);
        assertEquals(List.of((long) year.size(), (long) year.size()), announced);
        assertEquals(List.of((long) year.size(), 2L * year.size()), typedAnnounced);
    }

    @Test
    void aFileWithBadLinesNamesEveryOneAndRecordsNothing() {
        BranchOnRoster roster = BranchOnRoster.announce(entityManager);
        Map<String, Object> good = held(roster, new Meeting("COMMITTEE_MEETING", "2026-10-08", List.of(0, 1), List.of()));
        Map<String, Object> untitled = new HashMap<>(held(roster, new Meeting("THEME_DAY", "2026-10-15", List.of(0), List.of())));
        @SuppressWarnings("unchecked")
        Map<String, Object> activity = new HashMap<>((Map<String, Object>) untitled.get("activity"));
        activity.remove("title");
        untitled.put("activity", activity);
        byte[] file = lines(List.of(good, "{\"activity\": {", untitled, "", good, "null"));
        given().contentType("application/x-ndjson").body(file).post(IMPORTS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("lines[2]", "lines[3].activity.title", "lines[6]"))
                .body("errors.field", not(hasItems("lines[1]")));

        // The newcomer came to this branch on 2026-09-20: not on its roster in May. A stranger never.
        Map<String, Object> tooEarly = held(roster, new Meeting("COMMITTEE_MEETING", "2026-05-08", List.of(0), List.of()));
        @SuppressWarnings("unchecked")
        Map<String, Object> record = new HashMap<>((Map<String, Object>) tooEarly.get("record"));
        record.put("attendance", List.of(BranchOnRoster.entry(roster.full.get(0), "PRESENT", null),
                BranchOnRoster.entry(roster.newcomer, "PRESENT", null)));
        Map<String, Object> beforeTransfer = Map.of("activity", tooEarly.get("activity"), "record", record);
        Map<String, Object> strangerRecord = new HashMap<>((Map<String, Object>) good.get("record"));
        strangerRecord.put("attendance", List.of(BranchOnRoster.entry(UUID.randomUUID(), "PRESENT", null)));
        Map<String, Object> stranger = Map.of("activity", good.get("activity"), "record", strangerRecord);
        given().contentType("application/x-ndjson").body(lines(List.of(good, beforeTransfer, good, stranger))).post(IMPORTS).then()
                .statusCode(409).body("errors.field", hasItems(Matchers.startsWith("lines[2]"), Matchers.startsWith("lines[4]")))
                .body("errors.size()", equalTo(2));
        given().queryParam("branchId", roster.branch).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(0));

        given().contentType("application/x-ndjson").body("\n\n".getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(400);
        given().get(IMPORTS + "/template").then().statusCode(200).contentType("application/x-ndjson")
                .body(Matchers.containsString("\"attendance\""));
    }

    static final String XLSX = ImportTemplates.XLSX;

    /** The same meetings as a workbook: one row per meeting on 活动, one per attendee on 出勤, numbered from 1. */
    static byte[] workbook(BranchOnRoster roster, List<Meeting> meetings) {
        List<List<String>> activities = new ArrayList<>();
        List<List<String>> attendance = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            String ref = String.valueOf(i + 1);
            activities.add(List.of(ref, roster.branch.toString(), meeting.type(), meeting.type() + " " + meeting.date(), meeting.date(),
                    meeting.date(), "", "", "党员活动室"));
            meeting.present().forEach(m -> attendance.add(List.of(ref, roster.full.get(m).toString(), "", "出席", "")));
            meeting.excused().forEach(m -> attendance.add(List.of(ref, roster.full.get(m).toString(), "", "请假", "外出培训")));
        }
        return sheets(activities, attendance);
    }

    static byte[] sheets(List<List<String>> activities, List<List<String>> attendance) {
        return ImportTemplates.workbook(
                new ImportTemplates.SheetContent("活动",
                        List.of("编号", "组织ID", "类型", "主题", "计划日期", "召开日期", "开始时间", "结束时间", "地点"), activities),
                new ImportTemplates.SheetContent("出勤",
                        List.of("活动编号", "党员ID", "姓名", "出勤情况", "请假事由"), attendance));
    }

    @Test
    void aYearFromAWorkbookEqualsTheSameYearRecordedOneByOne() {
        BranchOnRoster imported = BranchOnRoster.announce(entityManager);
        BranchOnRoster typed = BranchOnRoster.announce(entityManager);
        List<Meeting> year = aYear();

        given().contentType(XLSX).body(workbook(imported, year)).post(IMPORTS).then().statusCode(201).body("recorded",
                equalTo(year.size()));
        given().contentType(ContentType.JSON).body(Map.of("activities", year.stream().map(m -> held(typed, m)).toList()))
                .post("/api/v1/activities/held").then().statusCode(201);

        List<List<Object>> fromWorkbook = figures(imported.branch);
        assertEquals(year.size(), fromWorkbook.size());
        assertEquals(figures(typed.branch), fromWorkbook);
        assertTrue(fromWorkbook.stream().anyMatch(f -> !f.get(3).equals(f.get(4))), "some meetings were not fully attended");
        assertEquals(announced(typed.branch), announced(imported.branch));
        assertEquals(List.of((long) year.size(), (long) year.size()), announced(imported.branch));
    }

    @Test
    void aWorkbookWithBadRowsNamesEverySheetRowAndColumnAndRecordsNothing() {
        BranchOnRoster roster = BranchOnRoster.announce(entityManager);
        String branch = roster.branch.toString();
        String member = roster.full.get(0).toString();
        // Excel numbers the header row 1: the first activity is on row 2.
        byte[] unreadable = sheets(List.of(
                List.of("1", branch, "支部委员会", "九月支委会", "2026-09-08", "2026-09-08"),
                List.of("2", branch, "茶话会", "十月", "2026-10-08", "2026-10-32"),
                List.of("1", branch, "党课", "党课", "2026-10-20", "2026-10-20")),
                List.of(List.of("1", member, "", "出席", ""), List.of("9", member, "", "出席", ""), List.of("1", "某人", "", "到了", "")));
        given().contentType(XLSX).body(unreadable).post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("activities.rows[3].type", "activities.rows[3].heldOn", "activities.rows[4].ref",
                        "attendance.rows[3].activity", "attendance.rows[4].memberId", "attendance.rows[4].status"))
                .body("errors.field", not(hasItems("activities.rows[2].type")));

        byte[] refused = sheets(List.of(
                List.of("1", branch, "COMMITTEE_MEETING", "九月支委会", "2026-09-08", "2026-09-08"),
                List.of("2", branch, "支部委员会", "五月支委会", "2026-05-08", "2026-05-08")),
                List.of(List.of("1", member, "", "出席", ""), List.of("2", member, "", "出席", ""),
                        List.of("2", roster.newcomer.toString(), "", "出席", "")));
        given().contentType(XLSX).body(refused).post(IMPORTS).then().statusCode(409)
                .body("errors.field", hasItems("attendance.rows[4].memberId")).body("errors.size()", equalTo(1));
        given().queryParam("branchId", roster.branch).get("/api/v1/activities").then().statusCode(200).body("total", equalTo(0));

        given().contentType(XLSX).body("PK not really".getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        byte[] template = given().get(IMPORTS + "/template.xlsx").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        // The template's example ids name nothing on this service: readable, then refused by the rules, never a 500.
        given().contentType(XLSX).body(template).post(IMPORTS).then().statusCode(Matchers.anyOf(equalTo(400), equalTo(409)))
                .body("errors.field", hasItems(Matchers.startsWith("activities.rows[2]")));
    }
}
