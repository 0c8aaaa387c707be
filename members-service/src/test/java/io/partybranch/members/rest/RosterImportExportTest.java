package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.TestRun;
import io.partybranch.common.testing.TestTokens;
import io.partybranch.members.domain.CitizenIdNumbers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RosterImportExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("姓名", "性别", "民族", "出生日期", "身份证号", "学历", "职务/岗位",
            "联系电话", "党员类别", "当前类别起始日期", "入党申请日期", "确定积极分子日期", "确定发展对象日期", "入党日期", "所属单位",
            "党员责任区");
    private static final Set<String> ISSUED_IDS = new HashSet<>();

    @Test
    void templateHasTheChineseHeadersOfEveryImportableField() throws IOException {
        String branch = createBranch();
        byte[] template = given().get("/api/v1/organizations/" + branch + "/roster/template")
                .then().statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"roster-template.xlsx\""))
                .extract().asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("党员花名册");
            assertEquals(HEADERS, cellTexts(sheet.getRow(0)));
        }

        given().get("/api/v1/organizations/" + UUID.randomUUID() + "/roster/template")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void importsFullProbationaryAndApplicantMembersFromTheFilledTemplate() throws IOException {
        String branch = createBranch();
        try (XSSFWorkbook workbook = template(branch)) {
            Sheet sheet = workbook.getSheet("党员花名册");
            fullMember(sheet, 1, "王晓明");
            probationaryMember(sheet, 2, "李芳");
            applicant(sheet, 3, "张伟");
            sheet.createRow(6); // trailing rows left blank are not members

            given().contentType(XLSX).body(bytes(workbook))
                    .post("/api/v1/organizations/" + branch + "/roster/import")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/organizations/" + branch + "/members"))
                    .body("imported", equalTo(3))
                    .body("memberIds", hasSize(3));
        }

        given().get("/api/v1/organizations/" + branch + "/members?sort=fullName")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.fullName", containsInAnyOrder("王晓明", "李芳", "张伟"))
                .body("items.politicalStatus", containsInAnyOrder("FULL", "PROBATIONARY", "APPLICANT"));
    }

    @Test
    void refusesTheWholeFileNamingEveryBadRowAndWritesNothing() throws IOException {
        String branch = createBranch();
        try (XSSFWorkbook workbook = template(branch)) {
            Sheet sheet = workbook.getSheet("党员花名册");
            fullMember(sheet, 1, "王晓明");
            String valid = probationaryMember(sheet, 2, "李芳");
            char wrongCheck = valid.charAt(17) == '1' ? '2' : '1';
            put(sheet, 2, "身份证号", valid.substring(0, 17) + wrongCheck);
            applicant(sheet, 3, "张伟");
            put(sheet, 3, "性别", "其他");

            given().contentType(XLSX).body(bytes(workbook))
                    .post("/api/v1/organizations/" + branch + "/roster/import")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors.field", containsInAnyOrder("rows[3].citizenId", "rows[4].gender"))
                    .body("errors.find { it.field == 'rows[3].citizenId' }.message", containsString("check character"))
                    .body("errors.find { it.field == 'rows[4].gender' }.message", containsString("男"));
        }

        given().get("/api/v1/organizations/" + branch + "/members")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void reportsRepeatedCitizenIdsAndBrokenRulesOnTheirRows() throws IOException {
        String branch = createBranch();
        try (XSSFWorkbook workbook = template(branch)) {
            Sheet sheet = workbook.getSheet("党员花名册");
            String first = fullMember(sheet, 1, "王晓明");
            fullMember(sheet, 2, "王小明");
            put(sheet, 2, "身份证号", first);
            applicant(sheet, 3, "刘洋");
            LocalDate fifteenOnStatusSince = LocalDate.of(2008, 3, 1);
            put(sheet, 3, "出生日期", fifteenOnStatusSince.toString());
            put(sheet, 3, "身份证号", citizenId(fifteenOnStatusSince, true));

            given().contentType(XLSX).body(bytes(workbook))
                    .post("/api/v1/organizations/" + branch + "/roster/import")
                    .then().statusCode(400)
                    .body("errors.field", contains("rows[3].citizenId", "rows[4]"))
                    .body("errors[0].message", equalTo("repeats the citizen ID of row 2"))
                    .body("errors[1].message", containsString("at least 18"));
        }
    }

    @Test
    void refusesAFileWithoutDataRowsOrWithMoreThan2000() throws IOException {
        String branch = createBranch();
        try (XSSFWorkbook workbook = template(branch)) {
            given().contentType(XLSX).body(bytes(workbook))
                    .post("/api/v1/organizations/" + branch + "/roster/import")
                    .then().statusCode(400)
                    .body("errors.field", contains("body"))
                    .body("errors[0].message", containsString("no data rows"));

            Sheet sheet = workbook.getSheet("党员花名册");
            for (int row = 1; row <= 2001; row++) {
                put(sheet, row, "姓名", "党员" + row);
            }
            given().contentType(XLSX).body(bytes(workbook))
                    .post("/api/v1/organizations/" + branch + "/roster/import")
                    .then().statusCode(400)
                    .body("errors.field", contains("body"))
                    .body("errors[0].message", containsString("more than 2000"));
        }
    }

    @Test
    void answersABodyThatIsNoWorkbookWithAProblemOnBody() {
        String branch = createBranch();
        for (byte[] body : List.of("姓名,性别\n王晓明,男".getBytes(StandardCharsets.UTF_8), new byte[]{'P', 'K'})) {
            given().contentType(XLSX).body(body)
                    .post("/api/v1/organizations/" + branch + "/roster/import")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation"))
                    .body("errors.field", everyItem(equalTo("body")));
        }
    }

    @Test
    void exportsTheActiveMembersWithMaskedCitizenIdsAndPhones() throws IOException {
        String committee = createOrganization("武进区教育局党委", "ORG_PARTY_COMMITTEE", null);
        String branch = createOrganization("湖塘实验小学党支部", "BRANCH", committee);
        String citizenId;
        try (XSSFWorkbook workbook = template(branch)) {
            Sheet sheet = workbook.getSheet("党员花名册");
            citizenId = fullMember(sheet, 1, "王晓明");
            applicant(sheet, 2, "张伟");
            given().contentType(XLSX).body(bytes(workbook))
                    .post("/api/v1/organizations/" + branch + "/roster/import")
                    .then().statusCode(201);
        }

        for (String url : List.of("/api/v1/organizations/" + branch + "/roster.xlsx",
                "/api/v1/organizations/" + committee + "/roster.xlsx?subtree=true")) {
            // A school exports its own roster masked; only configured roles see numbers whole.
            byte[] export = given().header("Authorization", "Bearer " + TestTokens.school(UUID.fromString(committee)))
                    .get(url)
                    .then().statusCode(200)
                    .contentType(XLSX)
                    .header("Content-Disposition", equalTo("attachment; filename=\"roster.xlsx\""))
                    .extract().asByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
                Sheet sheet = workbook.getSheet("党员花名册");
                List<String> headers = cellTexts(sheet.getRow(0));
                List<String> expectedHeaders = new ArrayList<>(HEADERS);
                expectedHeaders.add("所在组织");
                assertEquals(expectedHeaders, headers);
                assertEquals(2, sheet.getLastRowNum());
                Map<String, List<String>> byName = new HashMap<>();
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    List<String> row = cellTexts(sheet.getRow(i));
                    byName.put(row.get(0), row);
                }
                List<String> wang = byName.get("王晓明");
                String maskedId = wang.get(headers.indexOf("身份证号"));
                assertTrue(maskedId.contains("****"), "masked citizen ID");
                assertFalse(maskedId.contains(citizenId), "whole citizen ID absent");
                assertFalse(maskedId.contains(citizenId.substring(6, 14)), "birth date digits hidden");
                assertEquals("*".repeat(16) + citizenId.substring(16), maskedId, "only the last two characters show");
                assertEquals("138****0000", wang.get(headers.indexOf("联系电话")));
                assertEquals("正式党员", wang.get(headers.indexOf("党员类别")));
                assertEquals("湖塘实验小学党支部", wang.get(headers.indexOf("所在组织")));
                assertEquals("入党申请人", byName.get("张伟").get(headers.indexOf("党员类别")));
            }
        }
        byte[] asAdmin = given().get("/api/v1/organizations/" + branch + "/roster.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(asAdmin))) {
            List<String> headers = cellTexts(workbook.getSheet("党员花名册").getRow(0));
            boolean revealed = false;
            for (int i = 1; i <= workbook.getSheet("党员花名册").getLastRowNum(); i++) {
                revealed |= citizenId.equals(cellTexts(workbook.getSheet("党员花名册").getRow(i)).get(headers.indexOf("身份证号")));
            }
            assertTrue(revealed, "a platform administrator's export carries the whole number");
        }
    }

    @Test
    void aRetriedImportWithTheSameIdempotencyKeyRegistersOnce() throws IOException {
        String branch = createBranch();
        byte[] body;
        try (XSSFWorkbook workbook = template(branch)) {
            fullMember(workbook.getSheet("党员花名册"), 1, "王晓明");
            body = bytes(workbook);
        }
        String key = UUID.randomUUID().toString();
        List<String> first = given().contentType(XLSX).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations/" + branch + "/roster/import")
                .then().statusCode(201).extract().path("memberIds");
        given().contentType(XLSX).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations/" + branch + "/roster/import")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("memberIds", equalTo(first));
        given().get("/api/v1/organizations/" + branch + "/members")
                .then().body("total", equalTo(1))
                .body("items.id", hasItems(first.toArray(String[]::new)));
    }

    // --- rows: every one valid under the registration rules, with a fresh citizen ID ---

    private static String fullMember(Sheet sheet, int row, String name) {
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
        String id = citizenId(birth, true);
        put(sheet, row, "姓名", name);
        put(sheet, row, "性别", "男");
        put(sheet, row, "民族", "汉族");
        put(sheet, row, "出生日期", birth.toString());
        put(sheet, row, "身份证号", id);
        put(sheet, row, "学历", "大学本科");
        put(sheet, row, "职务/岗位", "语文教师");
        // Typed without the text format, Excel stores a phone number as a number.
        cell(sheet, row, "联系电话").setCellValue(13800000000d);
        put(sheet, row, "党员类别", "正式党员");
        put(sheet, row, "入党申请日期", "2005-03-01");
        put(sheet, row, "入党日期", "2008-06-30");
        put(sheet, row, "当前类别起始日期", "2009/7/1");
        put(sheet, row, "党员责任区", "三年级组");
        return id;
    }

    private static String probationaryMember(Sheet sheet, int row, String name) {
        LocalDate birth = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
        String id = citizenId(birth, false);
        put(sheet, row, "姓名", name);
        put(sheet, row, "性别", "女");
        put(sheet, row, "出生日期", birth.toString());
        put(sheet, row, "身份证号", id);
        put(sheet, row, "党员类别", "预备党员");
        put(sheet, row, "入党申请日期", "2021-03-01");
        put(sheet, row, "当前类别起始日期", "2024-12-20");
        put(sheet, row, "所属单位", "实验幼儿园");
        return id;
    }

    private static String applicant(Sheet sheet, int row, String name) {
        LocalDate birth = LocalDate.of(1995, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1000));
        String id = citizenId(birth, true);
        put(sheet, row, "姓名", name);
        put(sheet, row, "性别", "男");
        // A real Excel date, as a date-formatted cell holds it.
        Cell birthDate = cell(sheet, row, "出生日期");
        CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
        dateStyle.setDataFormat((short) 14);
        birthDate.setCellValue(birth);
        birthDate.setCellStyle(dateStyle);
        put(sheet, row, "身份证号", id);
        put(sheet, row, "党员类别", "入党申请人");
        put(sheet, row, "当前类别起始日期", "2023-09-01");
        return id;
    }

    /**
     * This run's area + birth date + a sequence from 500 up (Fixtures stays below) whose last digit is
     * odd for men + GB 11643 check character.
     */
    private static synchronized String citizenId(LocalDate birth, boolean male) {
        while (true) {
            int sequence = 500 + ThreadLocalRandom.current().nextInt(250) * 2 + (male ? 1 : 0);
            String first17 = TestRun.citizenIdArea() + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + "%03d".formatted(sequence);
            String id = first17 + CitizenIdNumbers.checkCharacter(first17);
            if (ISSUED_IDS.add(id)) {
                return id;
            }
        }
    }

    // --- spreadsheets ---

    private static XSSFWorkbook template(String organizationId) throws IOException {
        byte[] template = given().get("/api/v1/organizations/" + organizationId + "/roster/template")
                .then().statusCode(200).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(template));
    }

    private static void put(Sheet sheet, int row, String header, String text) {
        cell(sheet, row, header).setCellValue(text);
    }

    /** The cell under a header, found by the header's text: the test does not rely on the column order. */
    private static Cell cell(Sheet sheet, int row, String header) {
        int column = cellTexts(sheet.getRow(0)).indexOf(header);
        assertTrue(column >= 0, "template has column " + header);
        Row cells = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        return cells.getCell(column) != null ? cells.getCell(column) : cells.createCell(column);
    }

    private static List<String> cellTexts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    // --- organisations, through the public API ---

    private static String createBranch() {
        String committee = createOrganization("武进区教育局党委", "ORG_PARTY_COMMITTEE", null);
        return createOrganization("实验小学党支部", "BRANCH", committee);
    }

    private static String createOrganization(String name, String type, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "districtCode", "320412"));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
    }
}
