package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** updatedSince on the member and organisation lists: only what was created or changed after the instant. */
@QuarkusTest
class UpdatedSinceTest {

    @Test
    void listsShowOnlyWhatChangedSinceTheInstant() {
        String branch = Fixtures.createBranch();
        String unchanged = Fixtures.registerMember(branch, "未改成员", "FULL");
        Map<String, Object> registration = Fixtures.memberBody(branch, "改动成员", "FULL");
        String changed = Fixtures.register(registration);
        OffsetDateTime since = OffsetDateTime.parse(given().get("/api/v1/members/" + changed).then().statusCode(200)
                .extract().path("updatedAt"));
        given().queryParam("organizationId", branch).queryParam("updatedSince", since.toString()).get("/api/v1/members")
                .then().statusCode(200).body("total", equalTo(0));

        given().header("If-Match", Fixtures.etag("/api/v1/members/" + changed)).contentType("application/json")
                .body(update(registration)).put("/api/v1/members/" + changed).then().statusCode(200);
        given().queryParam("organizationId", branch).queryParam("updatedSince", since.toString()).get("/api/v1/members")
                .then().statusCode(200).body("items.id", contains(changed)).body("total", equalTo(1));
        given().queryParam("organizationId", branch).queryParam("updatedSince", "2000-01-01T00:00:00+08:00")
                .queryParam("sort", "updatedAt,desc").get("/api/v1/members").then().statusCode(200)
                .body("items.id", contains(changed, unchanged));

        given().queryParam("subtreeOf", branch).queryParam("updatedSince", "2000-01-01T00:00:00Z").get("/api/v1/organizations")
                .then().statusCode(200).body("items.id", contains(branch));
        given().queryParam("subtreeOf", branch).queryParam("updatedSince", "2099-01-01T00:00:00Z")
                .get("/api/v1/organizations").then().statusCode(200).body("total", equalTo(0));
    }

    /** The registration's personal fields, one of them changed. */
    private static Map<String, Object> update(Map<String, Object> registration) {
        Map<String, Object> update = new HashMap<>();
        for (String field : new String[]{"fullName", "gender", "birthDate", "citizenId", "education", "phone"}) {
            update.put(field, registration.get(field));
        }
        update.put("ethnicity", "回族");
        return update;
    }

    @Test
    void aMalformedInstantIsRefusedNamingTheParameter() {
        for (String value : new String[]{"yesterday", "2026-09-01", "2026-09-01T00:00:00", "3000-01-01T00:00:00Z"}) {
            given().queryParam("updatedSince", value).get("/api/v1/members").then().statusCode(400)
                    .body("errors[0].field", equalTo("updatedSince"));
            given().queryParam("updatedSince", value).get("/api/v1/organizations").then().statusCode(400)
                    .body("errors[0].field", equalTo("updatedSince"));
        }
    }
}
