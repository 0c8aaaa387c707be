package io.partybranch.reporting.security;

import static io.restassured.RestAssured.given;

import io.partybranch.common.testing.TestTokens;
import io.partybranch.common.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Statistics are scoped on reporting's own read model of the organisation tree. */
@QuarkusTest
class ReportingScopeTest {

    @Test
    void statisticsOfAnotherSchoolOrDistrictAreNotFound() {
        UUID schoolA = UUID.randomUUID();
        UUID schoolB = UUID.randomUUID();
        String districtA = "325101"; // used by no other test of this service
        try (TopicWriter writer = new TopicWriter()) {
            for (Map.Entry<UUID, String> school : Map.of(schoolA, districtA, schoolB, "110101").entrySet()) {
                writer.send("members.events", school.getKey().toString(), TopicWriter.cloudEvent(UUID.randomUUID(), "members-service",
                        "organization.created.v1", school.getKey(), school.getKey(), Map.of("id", school.getKey().toString(),
                                "name", "学校", "type", "BRANCH", "districtCode", school.getValue(), "version", 0)));
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/api/v1/statistics/organizations/" + schoolA).then().statusCode(200);
            given().get("/api/v1/statistics/organizations/" + schoolB).then().statusCode(200);
        });
        String school = "Bearer " + TestTokens.school(schoolA);
        given().header("Authorization", school).get("/api/v1/statistics/organizations/" + schoolA).then().statusCode(200);
        given().header("Authorization", school).get("/api/v1/statistics/organizations/" + schoolB).then().statusCode(404);
        for (String document : List.of("/api/v1/summaries/branches/", "/api/v1/summaries/organizations/", "/api/v1/exports/branches/",
                "/api/v1/exports/organizations/", "/api/v1/statistics/organizations/")) {
            String path = document + schoolB + (document.startsWith("/api/v1/statistics") ? "/branches" : "");
            given().header("Authorization", school).queryParam("period", "2026").get(path).then().statusCode(404);
            given().header("Authorization", school).queryParam("period", "2026").get(path.replace(schoolB.toString(), schoolA.toString()))
                    .then().statusCode(200);
        }
        given().header("Authorization", school).queryParam("period", "2026").get("/api/v1/statistics/branches/" + schoolB + "/period")
                .then().statusCode(404);
        String bureau = "Bearer " + TestTokens.bureau(districtA);
        given().header("Authorization", bureau).get("/api/v1/statistics/organizations/" + schoolA).then().statusCode(200);
        given().header("Authorization", bureau).get("/api/v1/statistics/organizations/" + schoolB).then().statusCode(404);
    }
}
