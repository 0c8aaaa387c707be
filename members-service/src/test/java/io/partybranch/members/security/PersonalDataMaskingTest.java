package io.partybranch.members.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.members.domain.CitizenIdNumbers;
import io.partybranch.members.rest.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What a caller who may not see citizen IDs does see must not rebuild one: not in a member's answer,
 * not in the roster export, not in the audit trail.
 */
@QuarkusTest
class PersonalDataMaskingTest {

    /** Fewer candidates than this and the mask is as good as the number itself. */
    private static final int MIN_CANDIDATES = 100;

    @Test
    void aSchoolCannotRebuildACitizenIdFromAMemberAnswer() {
        String district = "325001";
        String committee = Fixtures.createOrganization("掩码党委", "ORG_PARTY_COMMITTEE", null, district);
        String branch = Fixtures.createOrganization("掩码党支部", "BRANCH", committee, district);
        Map<String, Object> body = Fixtures.memberBody(branch, "掩码对象", "FULL");
        String member = Fixtures.register(body);
        String citizenId = (String) body.get("citizenId");

        String school = "Bearer " + TestTokens.school(UUID.fromString(branch));
        JsonPath answer = given().header("Authorization", school).get("/api/v1/members/" + member).then().statusCode(200)
                .extract().jsonPath();
        assertNull(answer.get("citizenId"), "the whole number is not answered");
        assertNull(answer.get("birthDate"), "the full birth date is not answered to a school");
        assertEquals(Integer.parseInt(((String) body.get("birthDate")).substring(0, 4)), answer.getInt("birthYear"));
        assertTrue(candidates(answer.getString("citizenIdMasked"), answer.get("birthDate"), answer.getInt("birthYear"),
                district) >= MIN_CANDIDATES, "what the school sees leaves many candidate numbers");
        JsonPath listed = given().header("Authorization", school).get("/api/v1/organizations/" + branch + "/members")
                .then().statusCode(200).extract().jsonPath();
        assertNull(listed.get("items[0].birthDate"), "lists mask the same way");
        assertFalse(listed.prettify().contains(citizenId.substring(6, 14)), "no birth-date digits in the list");

        JsonPath asAdmin = given().get("/api/v1/members/" + member).then().statusCode(200).extract().jsonPath();
        assertEquals(citizenId, asAdmin.getString("citizenId"), "a revealing role sees it whole");
        assertEquals(body.get("birthDate"), asAdmin.getString("birthDate"));
    }

    @Test
    void theRosterExportAndTheAuditTrailMaskTheSameWay() throws IOException {
        String district = "325002";
        String committee = Fixtures.createOrganization("掩码党委", "ORG_PARTY_COMMITTEE", null, district);
        String branch = Fixtures.createOrganization("掩码党支部", "BRANCH", committee, district);
        Map<String, Object> body = Fixtures.memberBody(branch, "导出对象", "FULL");
        Fixtures.register(body);
        String citizenId = (String) body.get("citizenId");
        String birthDate = (String) body.get("birthDate");

        byte[] export = given().header("Authorization", "Bearer " + TestTokens.school(UUID.fromString(branch)))
                .get("/api/v1/organizations/" + branch + "/roster.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheet("党员花名册");
            List<String> headers = texts(sheet.getRow(0));
            List<String> row = texts(sheet.getRow(1));
            String masked = row.get(headers.indexOf("身份证号"));
            String birth = row.get(headers.indexOf("出生日期"));
            assertEquals(birthDate.substring(0, 4), birth, "the export gives the birth year only");
            assertTrue(candidates(masked, null, Integer.parseInt(birth), district) >= MIN_CANDIDATES, "the export's mask holds");
        }

        String trail = given().header("Authorization", "Bearer " + TestTokens.auditor(district))
                .get("/api/v1/organizations/" + branch + "/audit-entries").then().statusCode(200).extract().asString();
        assertFalse(trail.contains(birthDate), "the audit trail keeps no full birth date");
        assertFalse(trail.contains(citizenId.substring(6, 14)), "nor the birth-date digits");
    }

    /**
     * How many valid citizen IDs fit what a caller sees: the masked number's visible characters, the
     * birth date or year, and, generously for an attacker, the district the school is in as the region.
     */
    private static int candidates(String masked, String birthDate, int birthYear, String district) {
        assertEquals(18, masked.length(), "the masked number keeps the length");
        List<LocalDate> births = new ArrayList<>();
        if (birthDate != null) {
            births.add(LocalDate.parse(birthDate));
        } else {
            for (int day = 1; day <= Year.of(birthYear).length(); day++) {
                births.add(Year.of(birthYear).atDay(day));
            }
        }
        int count = 0;
        for (LocalDate birth : births) {
            for (int sequence = 0; sequence < 1000; sequence++) {
                String first17 = district + birth.toString().replace("-", "") + String.format("%03d", sequence);
                String candidate = first17 + CitizenIdNumbers.checkCharacter(first17);
                if (fits(masked, candidate)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean fits(String masked, String candidate) {
        for (int i = 0; i < masked.length(); i++) {
            if (masked.charAt(i) != '*' && masked.charAt(i) != candidate.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }
}
