package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.partybranch.common.testing.EventFixtures;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** District 325401 sets its own semester dates for school year 2025 (test profile); others keep Sep–Jan and Feb–Jul. */
@QuarkusTest
class SchoolCalendarTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aDistrictsOwnSemesterDatesDecideWhatASemesterCovers() {
        UUID own = UUID.randomUUID();
        UUID usual = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(own, "自定学期支部", "BRANCH", null, "325401");
            events.organization(usual, "通常学期支部", "BRANCH", null, "325402");
            events.held(own, own, "THEME_DAY", "2025-08-28", 1.0); // inside the district's first semester only
            // Both branches, though their events travel on different partitions.
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        given().queryParam("period", "2025-S1").get(PeriodStatisticsTest.PERIOD, own).then().statusCode(200)
                .body("activities.THEME_DAY.held", equalTo(1))
                .body("from", equalTo("2025-08-25")).body("to", equalTo("2026-01-23")).body("periodLabel", equalTo("2025学年第一学期"));
        given().queryParam("period", "2025-S2").get(PeriodStatisticsTest.PERIOD, own).then()
                .body("from", equalTo("2026-02-16")).body("to", equalTo("2026-07-03"));
        given().queryParam("period", "2025-S1").get(PeriodStatisticsTest.PERIOD, usual).then().statusCode(200)
                .body("from", equalTo("2025-09-01")).body("to", equalTo("2026-01-31"));
        given().queryParam("period", "2026-S1").get(PeriodStatisticsTest.PERIOD, own).then()
                .body("from", equalTo("2026-09-01"));
    }
}
