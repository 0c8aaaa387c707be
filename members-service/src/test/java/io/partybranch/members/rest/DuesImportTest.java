package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.time.BusinessCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A branch's dues of 2026 imported from its 党费收缴 sheet on 2026-07-15: billed, paid, behind and
 * collected as hand-computed; bad rows refused all at once; the roster's guards on the file.
 */
@QuarkusTest
class DuesImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("姓名", "党费类别", "税后月收入", "月应交党费", "1月", "2月", "3月", "4月", "5月",
            "6月", "7月");

    String branch;

    @BeforeEach
    void onTheFifteenthOfJuly() {
        BusinessCalendar.useClock(Clock.fixed(LocalDate.of(2026, 7, 15).atTime(10, 0).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.UTC));
        branch = Fixtures.createBranch();
    }

    @AfterEach
    void realClock() {
        BusinessCalendar.useClock(Clock.systemUTC());
    }

    private static byte[] sheet(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("党费收缴");
            sheet.createRow(0).createCell(0).setCellValue("某某小学党支部2026年党费收缴登记表");
            List<List<String>> all = new ArrayList<>();
            all.add(HEADERS);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < all.get(r).size(); c++) {
                    if (!all.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(all.get(r).get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private ValidatableResponse importYear(byte[] workbook) {
        return given().contentType(XLSX).body(workbook).post("/api/v1/organizations/" + branch + "/dues/import?year=2026").then();
    }

    @Test
    void aYearImportsBillsPaysAndShowsWhoIsBehind() throws IOException {
        Fixtures.registerMember(branch, "甲老师", "FULL");
        String student = Fixtures.registerMember(branch, "乙同学", "FULL");
        Fixtures.registerMember(branch, "丙老师", "PROBATIONARY"); // admitted 2026-06-15
        byte[] workbook = sheet(List.of(
                // 4,321.37 × 1 % = 43.21; April not paid, so May's payment settles April and June's May.
                List.of("甲老师", "在职", "4321.37", "43.21", "43.21", "43.21", "43.21", "", "43.21", "43.21", ""),
                List.of("乙同学", "学生", "", "", "", "", "", "", "", "", ""),
                // 3,000 (included) × 0.5 % = 15.00, from June.
                List.of("丙老师", "在职", "3000", "", "", "", "", "", "", "15", "15.00元")));

        importYear(workbook).statusCode(201)
                .header("Location", containsString("/api/v1/organizations/" + branch + "/dues?year=2026"))
                .body("members", equalTo(3)).body("billsIssued", equalTo(16)).body("payments", equalTo(7))
                .body("billed", equalTo(333.87f)).body("paid", equalTo(246.05f));

        given().get("/api/v1/organizations/" + branch + "/dues?year=2026").then().statusCode(200)
                .body("billed", equalTo(333.87f)).body("paid", equalTo(246.05f))
                .body("collectionRate", equalTo(0.737f)) // 246.05 / 333.87 = 0.73696…
                .body("months[0].billed", equalTo(43.41f)).body("months[0].collectionRate", equalTo(0.9954f))
                .body("months[3].membersBehind", equalTo(2)) // April's end: 甲 (April) and 乙
                .body("months[5].billed", equalTo(58.41f)).body("months[5].paid", equalTo(15.0f))
                .body("months[5].membersBehind", equalTo(2)).body("months[5].membersSixMonthsBehind", equalTo(1))
                .body("members.find { it.fullName == '甲老师' }.months.status",
                        equalTo(List.of("PAID", "PAID", "PAID", "PAID", "PAID", "UNPAID", "UNPAID")))
                .body("members.find { it.fullName == '甲老师' }.months[3].settledOn", equalTo("2026-05-31"))
                .body("members.find { it.fullName == '甲老师' }.monthsBehind", equalTo(1))
                .body("members.find { it.fullName == '丙老师' }.months.status", equalTo(List.of("PAID", "PAID")));
        given().get("/api/v1/organizations/" + branch + "/dues/arrears?minMonths=6").then()
                .body("items.memberId", equalTo(List.of(student)));

        importYear(workbook).statusCode(400)
                .body("errors.message", Matchers.everyItem(containsString("already has dues recorded for 2026")));
    }

    @Test
    void everyBadRowIsNamedAtOnceAndNothingIsWritten() throws IOException {
        String teacher = Fixtures.registerMember(branch, "甲老师", "FULL");
        Fixtures.registerMember(branch, "乙老师", "FULL");
        Fixtures.registerMember(branch, "丙老师", "PROBATIONARY");
        Fixtures.registerMember(branch, "丁老师", "FULL");
        Fixtures.registerMember(branch, "丁老师", "FULL");
        Fixtures.registerMember(branch, "戊老师", "FULL");
        // Row 1 is the sheet's title, row 2 its header: the data start on row 3.
        importYear(sheet(List.of(
                List.of("甲老师", "在职", "4321.37", "45.00", "43.21", "", "", "", "", "", ""),
                List.of("查无此人", "在职", "4000", "", "", "", "", "", "", "", ""),
                List.of("乙老师", "学生", "800", "", "", "", "", "", "", "", ""),
                List.of("丙老师", "在职", "3000", "", "", "", "", "", "15", "", ""),
                List.of("丁老师", "在职", "5000", "", "", "", "", "", "", "", ""),
                List.of("戊老师", "离休", "4000", "", "", "", "", "", "", "", ""),
                List.of("甲老师", "在职", "4321.37", "", "", "", "", "", "", "", "")))).statusCode(400)
                .body("errors.field", containsInAnyOrder("rows[3].monthlyDues", "rows[4].fullName", "rows[5].monthlyIncome",
                        "rows[6].paid[5]", "rows[7].fullName", "rows[8].category", "rows[9]"))
                .body("errors.find { it.field == 'rows[3].monthlyDues' }.message", containsString("43.21"))
                .body("errors.find { it.field == 'rows[7].fullName' }.message", containsString("身份证号"))
                .body("errors.find { it.field == 'rows[9]' }.message", containsString("row 3"));
        given().get("/api/v1/members/" + teacher + "/dues?year=2026").then().body("months", hasSize(0));
        given().get("/api/v1/organizations/" + branch + "/dues?year=2026").then().body("months", hasSize(0));
    }

    @Test
    void theFileMeetsTheRostersGuards() throws IOException {
        Map<String, byte[]> crafted = Map.of(
                "styles", CraftedWorkbooks.stylesBomb(),
                "shared strings", CraftedWorkbooks.sharedStringsBomb(),
                "cells", CraftedWorkbooks.wideRow(),
                "characters", CraftedWorkbooks.longCell(),
                "rows", CraftedWorkbooks.manyRows(),
                "parts", CraftedWorkbooks.manyParts(),
                "zip bomb", CraftedWorkbooks.zipBomb());
        crafted.forEach((reason, workbook) -> importYear(asDuesSheet(workbook)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).body("errors[0].message", containsString(reason)));
        importYear(CraftedWorkbooks.roster(3)).statusCode(400).body("errors[0].message", containsString("党费类别"));
        given().get("/api/v1/organizations/" + branch + "/dues?year=2026").then().body("months", hasSize(0));
    }

    /** The roster's crafted files with a dues sheet's header, so that the sheet's own bounds are what refuses them. */
    private static byte[] asDuesSheet(byte[] crafted) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(crafted))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(CraftedWorkbooks.SHEET)) {
                    String sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return sheet.contains(">性别<")
                            ? CraftedWorkbooks.replacing(crafted, CraftedWorkbooks.SHEET, sheet.replace(">性别<", ">党费类别<"))
                            : crafted;
                }
            }
            return crafted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTemplateListsTheBranchsPayingMembers() throws IOException {
        Fixtures.registerMember(branch, "甲老师", "FULL");
        Fixtures.registerMember(branch, "积极分子", "ACTIVIST"); // an applicant's fixture date is after this test's 15 July
        byte[] template = given().get("/api/v1/organizations/" + branch + "/dues/template?year=2026").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("党费收缴");
            assertEquals("姓名", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("12月", sheet.getRow(0).getCell(17).getStringCellValue());
            assertEquals("甲老师", sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(2) == null, "activists pay no dues");
        }
    }
}
