package io.partybranch.activities.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Dates at the type's extremes and deep pages are answered 400 naming the parameter, on the list and the calendar feed. */
@QuarkusTest
class ListBoundsTest {

    @Test
    void extremeDatesAndPagesAreRefusedNamingTheParameter() {
        for (String path : new String[]{"/api/v1/activities", "/api/v1/activities/calendar.ics"}) {
            given().queryParam("from", "-999999999-01-01").get(path).then().statusCode(400).body("errors[0].field", equalTo("from"));
            given().queryParam("to", "+999999999-12-31").get(path).then().statusCode(400).body("errors[0].field", equalTo("to"));
            given().queryParam("from", "2013-02-30").get(path).then().statusCode(400).body("errors[0].field", equalTo("from"));
        }
        given().queryParam("page", Integer.MAX_VALUE).get("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().get("/api/v1/activities/%00").then().statusCode(400).contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/v1/activities/%00").then().statusCode(400).contentType("application/problem+json");
    }
}
