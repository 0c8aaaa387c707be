package io.partybranch.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** The steps of a branch's work summary through the API, for tests about what follows from them. */
public final class SummarySteps {

    private SummarySteps() {
    }

    /** Drafts the branch's summary for the period; @return its id. */
    public static String draft(String token, UUID branch, String period) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("branchId", branch, "period", period))
                .post("/api/v1/summaries").then().statusCode(201).extract().path("id");
    }

    public static void write(String token, String id, String section, String narrative) {
        String etag = given().header("Authorization", token).get("/api/v1/summaries/{id}", id).then().statusCode(200).extract()
                .header("ETag");
        given().header("Authorization", token).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("narrative", narrative))
                .put("/api/v1/summaries/{id}/sections/{section}", id, section).then().statusCode(200);
    }

    public static void submit(String token, String id) {
        given().header("Authorization", token).post("/api/v1/summaries/{id}/submission", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    public static void giveBack(String token, String id, String comment) {
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("comment", comment))
                .post("/api/v1/summaries/{id}/return", id).then().statusCode(200).body("status", equalTo("RETURNED"));
    }

    public static void accept(String token, String id) {
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/summaries/{id}/acceptance", id).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }
}
