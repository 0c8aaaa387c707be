package io.partybranch.deploy.faults;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes through the gateway, as clients make them. A write that does not answer 2xx (a fault is
 * under way) is reported as absent, never retried blindly: the recount compares what the source
 * services hold with what reached the others, whichever writes got through.
 */
public final class Writes {

    private static final AtomicInteger PEOPLE = new AtomicInteger((int) (System.nanoTime() % 5_000));

    /** What a member's update must send again besides the changed name. */
    public record Person(String id, String branch, String birthDate, String citizenId) {
    }

    private Writes() {
    }

    public static String branch(String name) {
        String committee = created(given().contentType(ContentType.JSON)
                .body(Map.of("name", name + "上级党委", "type", "ORG_PARTY_COMMITTEE", "districtCode", "320412"))
                .post("/api/v1/organizations")).orElseThrow(() -> new IllegalStateException("could not create a committee"));
        return created(given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "BRANCH", "parentId", committee, "districtCode", "320412"))
                .post("/api/v1/organizations")).orElseThrow(() -> new IllegalStateException("could not create a branch"));
    }

    public static Optional<Person> member(String branch) {
        return member(branch, null);
    }

    /** @param fullName the member's name, or null for a numbered one */
    public static Optional<Person> member(String branch, String fullName) {
        int n = PEOPLE.incrementAndGet();
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n % 9_000);
        String citizenId = citizenId(birth, n / 9_000);
        try {
            return created(given().contentType(ContentType.JSON)
                    .body(Map.of("organizationId", branch, "fullName", fullName != null ? fullName : "故障测试" + n,
                            "gender", "MALE", "birthDate", birth.toString(), "citizenId", citizenId, "politicalStatus", "FULL",
                            "joinedOn", "2009-07-01", "statusSince", "2010-07-01"))
                    .post("/api/v1/members")).map(id -> new Person(id, branch, birth.toString(), citizenId));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> honour(String branch) {
        try {
            return created(given().contentType(ContentType.JSON).body(Map.of("organizationId", branch, "kind", "HONOUR",
                    "title", "先进基层党组织", "level", "SCHOOL", "year", 2025)).post("/api/v1/honours"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Planned once the roster copy knows the branch (it lags members-service by a moment). */
    public static Optional<String> activity(String branch) {
        try {
            return created(given().contentType(ContentType.JSON).body(Map.of("organizationId", branch, "type", "THEME_DAY",
                    "title", "主题党日", "plannedFor", "2026-11-20")).post("/api/v1/activities"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A personal-field update: one more version of the member. @param baseUri the gateway, or one instance directly */
    public static boolean rename(String baseUri, Person person, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("fullName", name, "gender", "MALE", "birthDate", person.birthDate(),
                "citizenId", person.citizenId()));
        try {
            int status = given().baseUri(baseUri).contentType(ContentType.JSON).body(body).put("/api/v1/members/" + person.id())
                    .statusCode();
            return status >= 200 && status < 300;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Optional<String> created(Response response) {
        return response.statusCode() == 201 ? Optional.of(response.jsonPath().getString("id")) : Optional.empty();
    }

    /** A valid GB 11643 number of an invented man (odd 17th digit). */
    private static String citizenId(LocalDate birth, int block) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        String first17 = "320412" + birth.toString().replace("-", "") + String.format("%03d", (block % 50) * 10 + 1);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String newName() {
        return "改名" + UUID.randomUUID().toString().substring(0, 6);
    }
}
