package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A workbook crafted to unpack into far more than a roster is refused with the reason, and nothing is registered. */
@QuarkusTest
class RosterImportBoundsTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void craftedWorkbooksAreRefusedOnBodyWithTheReason() throws IOException {
        String branch = Fixtures.createBranch();
        Map<String, byte[]> crafted = Map.of(
                "styles", CraftedWorkbooks.stylesBomb(),
                "shared strings", CraftedWorkbooks.sharedStringsBomb(),
                "cells", CraftedWorkbooks.wideRow(),
                "characters", CraftedWorkbooks.longCell(),
                "rows", CraftedWorkbooks.manyRows(),
                "parts", CraftedWorkbooks.manyParts(),
                "zip bomb", CraftedWorkbooks.zipBomb());
        crafted.forEach((reason, workbook) -> {
            assertTrue(workbook.length < 1024 * 1024, reason + ": the crafted file is small (" + workbook.length + " bytes)");
            given().contentType(XLSX).body(workbook).post("/api/v1/organizations/" + branch + "/roster/import")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("body"))
                    .body("errors[0].message", containsString(reason));
        });
        given().get("/api/v1/organizations/" + branch + "/members").then().body("total", equalTo(0));
    }
}
