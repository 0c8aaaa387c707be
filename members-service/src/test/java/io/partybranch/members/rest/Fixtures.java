package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;

import io.partybranch.common.testing.TestRun;
import io.partybranch.members.domain.CitizenIdNumbers;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Creates organisations and members through the public API, as a client would. */
public final class Fixtures {

    /**
     * Unique birth date and sequence per member of a test JVM; the area code is this run's own
     * ({@link TestRun#citizenIdArea()}), so no number of an earlier run on the same database comes back.
     */

    private Fixtures() {
    }

    public record Person(String birthDate, String gender, String citizenId) {
    }

    /** A valid, unique person born between 1960 and 1990 (old enough for every pipeline stage). */
    public static Person person(String gender) {
        int n = (int) TestRun.next("members.citizen-ids") + 1;
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 10_000);
        return new Person(birth.toString(), gender, citizenId(birth, gender, n / 10_000));
    }

    public static String citizenId(LocalDate birth, String gender, int block) {
        int sequence = (block % 50) * 10 + 1 + (gender.equals("MALE") ? 0 : 1); // odd for men, even for women
        String first17 = TestRun.citizenIdArea() + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + CitizenIdNumbers.checkCharacter(first17);
    }

    public static String createOrganization(String name, String type, String parentId) {
        return createOrganization(name, type, parentId, "320412");
    }

    public static String createOrganization(String name, String type, String parentId, String districtCode) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "districtCode", districtCode));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
    }

    /** A district code no other test of this or an earlier run against the same database has used. */
    public static String freshDistrict() {
        return TestRun.districtCode();
    }

    public static String createBranch() {
        String committee = createOrganization("武进区教育局党委", "ORG_PARTY_COMMITTEE", null);
        return createOrganization("实验小学党支部", "BRANCH", committee);
    }

    /** A registration body with dates that suit the status. */
    public static Map<String, Object> memberBody(String branchId, String name, String status) {
        Person person = person("FEMALE");
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", branchId, "fullName", name,
                "gender", person.gender(), "birthDate", person.birthDate(), "citizenId", person.citizenId(),
                "politicalStatus", status, "ethnicity", "汉族", "education", "BACHELOR", "phone", "13800001234"));
        switch (status) {
            case "FULL" -> {
                body.put("joinedOn", "2010-07-01");
                body.put("statusSince", "2011-07-01");
            }
            case "PROBATIONARY" -> body.put("statusSince", "2026-06-15");
            case "CANDIDATE" -> {
                body.put("activistSince", "2024-09-10");
                body.put("statusSince", "2025-10-01");
            }
            case "ACTIVIST" -> body.put("statusSince", "2025-09-10");
            default -> body.put("statusSince", "2026-10-08");
        }
        return body;
    }

    public static String registerMember(String branchId, String name, String status) {
        return register(memberBody(branchId, name, status));
    }

    public static String register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/members")
                .then().statusCode(201).extract().path("id");
    }

    public static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** A passed step of the member's development file, recorded by hand; returns its id. */
    public static String fileStep(String memberId, String kind, String doneOn) {
        return given().contentType(ContentType.JSON).body(Map.of("kind", kind, "doneOn", doneOn, "outcome", "PASSED", "doneBy", "党支部"))
                .post("/api/v1/members/" + memberId + "/development/steps").then().statusCode(201).extract().path("id");
    }
}
