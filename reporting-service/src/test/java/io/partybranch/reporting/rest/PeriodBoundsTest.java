package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A statistics period is bounded: within 1900–2100 and at most ten years long; asOf within the same window. */
@QuarkusTest
class PeriodBoundsTest {

    @Test
    void aPeriodOutsideTheWindowOrLongerThanTenYearsIsRefusedNamingTheField() {
        UUID branch = UUID.randomUUID();
        for (String path : new String[]{"/api/v1/statistics/branches/" + branch + "/period",
                "/api/v1/statistics/organizations/" + branch + "/branches", "/api/v1/summaries/branches/" + branch,
                "/api/v1/exports/organizations/" + branch}) {
            given().queryParam("from", "1000-01-01").queryParam("to", "2026-12-31").get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("from"));
            given().queryParam("from", "1901-01-01").queryParam("to", "2026-12-31").get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("to"));
            given().queryParam("period", "1000").get(path).then().statusCode(400).body("errors[0].field", equalTo("period"));
            given().queryParam("period", "2150-Q1").get(path).then().statusCode(400).body("errors[0].field", equalTo("period"));
            given().queryParam("from", "2013-02-30").queryParam("to", "2014-01-01").get(path).then().statusCode(400)
                    .body("errors[0].field", equalTo("from"));
        }
        for (String asOf : new String[]{"-999999999-01-01", "+999999999-12-31", "1899-12-31"}) {
            given().queryParam("asOf", asOf).get("/api/v1/statistics/branches/" + branch + "/pipeline").then().statusCode(400)
                    .body("errors[0].field", equalTo("asOf"));
        }
    }
}
