package io.partybranch.members.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * A citizen ID already registered to an active member gets the same 409 wherever that member is:
 * a school cannot learn from the answer whether a person is a member of some other school.
 */
@QuarkusTest
class DuplicateCitizenIdTest {

    @Test
    void theSameConflictInsideAndOutsideTheCallersScope() {
        String ownBranch = Fixtures.createOrganization("甲校党支部", "BRANCH",
                Fixtures.createOrganization("甲区党委", "ORG_PARTY_COMMITTEE", null, "326001"), "326001");
        String otherBranch = Fixtures.createOrganization("乙校党支部", "BRANCH",
                Fixtures.createOrganization("乙区党委", "ORG_PARTY_COMMITTEE", null, "326002"), "326002");
        Map<String, Object> inOwn = Fixtures.memberBody(ownBranch, "本校教师", "FULL");
        Map<String, Object> inOther = Fixtures.memberBody(otherBranch, "外校教师", "FULL");
        Fixtures.register(inOwn);
        Fixtures.register(inOther);
        String school = "Bearer " + TestTokens.school(UUID.fromString(ownBranch));

        JsonPath insideScope = registerAgain(school, ownBranch, inOwn);
        JsonPath outsideScope = registerAgain(school, ownBranch, inOther);
        assertEquals(insideScope.getString("type"), outsideScope.getString("type"));
        assertEquals(insideScope.getString("title"), outsideScope.getString("title"));
        assertEquals(insideScope.getString("detail"), outsideScope.getString("detail"));
        assertFalse(outsideScope.prettify().contains(otherBranch), "the answer does not say where");
    }

    @Test
    void aRosterRowWithACitizenIdRegisteredInAnotherSchoolIsRefusedLikeOneInTheSameSchool() throws IOException {
        String ownBranch = Fixtures.createOrganization("丙校党支部", "BRANCH",
                Fixtures.createOrganization("丙区党委", "ORG_PARTY_COMMITTEE", null, "326003"), "326003");
        String otherBranch = Fixtures.createOrganization("丁校党支部", "BRANCH",
                Fixtures.createOrganization("丁区党委", "ORG_PARTY_COMMITTEE", null, "326004"), "326004");
        Map<String, Object> inOther = Fixtures.memberBody(otherBranch, "外校教师", "FULL");
        Fixtures.register(inOther);
        Map<String, Object> inOwn = Fixtures.memberBody(ownBranch, "本校教师", "FULL");
        Fixtures.register(inOwn);
        String school = "Bearer " + TestTokens.school(UUID.fromString(ownBranch));

        JsonPath outside = importOne(school, ownBranch, inOther);
        JsonPath inside = importOne(school, ownBranch, inOwn);
        assertEquals(400, outside.getInt("status"));
        assertEquals(inside.getString("type"), outside.getString("type"));
        assertEquals(inside.getString("errors[0].field"), outside.getString("errors[0].field"));
        assertEquals(inside.getString("errors[0].message"), outside.getString("errors[0].message"));
        given().header("Authorization", school).get("/api/v1/organizations/" + ownBranch + "/members")
                .then().statusCode(200).body("total", Matchers.equalTo(1));
    }

    private static JsonPath registerAgain(String token, String branch, Map<String, Object> original) {
        Map<String, Object> body = new HashMap<>(original);
        body.put("organizationId", branch);
        body.put("fullName", "重复登记");
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/members").then().statusCode(409).contentType("application/problem+json").extract().jsonPath();
    }

    private static JsonPath importOne(String token, String branch, Map<String, Object> person) throws IOException {
        byte[] template = given().header("Authorization", token).get("/api/v1/organizations/" + branch + "/roster/template")
                .then().statusCode(200).extract().asByteArray();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("党员花名册");
            Row header = sheet.getRow(0);
            Row row = sheet.createRow(1);
            Map<String, String> cells = Map.of("姓名", "重复登记", "性别", "女", "出生日期", (String) person.get("birthDate"),
                    "身份证号", (String) person.get("citizenId"), "党员类别", "正式党员", "入党日期", "2010-07-01",
                    "当前类别起始日期", "2011-07-01");
            for (int i = 0; i < header.getLastCellNum(); i++) {
                String text = cells.get(header.getCell(i).getStringCellValue());
                if (text != null) {
                    row.createCell(i).setCellValue(text);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        return given().header("Authorization", token).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(filled).post("/api/v1/organizations/" + branch + "/roster/import")
                .then().statusCode(400).extract().jsonPath();
    }
}
