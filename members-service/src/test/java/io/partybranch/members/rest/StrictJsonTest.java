package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request bodies are read strictly: a value of the wrong JSON type is refused on its field, not coerced. */
@QuarkusTest
class StrictJsonTest {

    @Test
    void wrongJsonTypesAreRefusedOnTheirField() {
        Map<String, Map<String, Object>> bodies = Map.of(
                "name", Map.of("name", 42, "type", "ORG_PARTY_COMMITTEE", "districtCode", "320412"),
                "type", Map.of("name", "党委", "type", 0, "districtCode", "320412"),
                "districtCode", Map.of("name", "党委", "type", "ORG_PARTY_COMMITTEE", "districtCode", true),
                "foundedOn", Map.of("name", "党委", "type", "ORG_PARTY_COMMITTEE", "districtCode", "320412", "foundedOn", "2013-02-30"));
        bodies.forEach((field, body) -> given().contentType(ContentType.JSON).body(body).post("/api/v1/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo(field)));
        given().contentType(ContentType.JSON).body("{\"name\":\"党委\",\"type\":\"ORG_PARTY_COMMITTEE\",\"districtCode\":\"320412\"} {}")
                .post("/api/v1/organizations").then().statusCode(400);
    }
}
