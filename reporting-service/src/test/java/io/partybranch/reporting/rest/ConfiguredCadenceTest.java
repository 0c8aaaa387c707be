package io.partybranch.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.partybranch.common.testing.EventFixtures;
import io.partybranch.reporting.events.EventConsumers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Compliance is measured against the cadences in configuration: here a district that wants a general
 * meeting every month (the national rule is once a quarter) and a monthly study session (not required
 * nationally). The same facts then meet fewer units.
 */
@QuarkusTest
@TestProfile(ConfiguredCadenceTest.StricterDistrict.class)
class ConfiguredCadenceTest {

    public static class StricterDistrict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("reporting.compliance.cadences.GENERAL_MEETING", "MONTH",
                    "reporting.compliance.cadences.STUDY_SESSION", "MONTH");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void aStricterCadenceFromConfigurationCountsEveryMonth() {
        UUID branch = UUID.randomUUID();
        try (EventFixtures events = new EventFixtures()) {
            events.organization(branch, "严格要求支部", "BRANCH", null, "320412");
            events.held(branch, branch, "GENERAL_MEETING", "2025-10-20", 1.0);
            events.held(branch, branch, "GENERAL_MEETING", "2025-11-20", 1.0);
            events.held(branch, branch, "STUDY_SESSION", "2025-12-05", 1.0);
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
        given().queryParam("period", "2025-Q4").get(PeriodStatisticsTest.PERIOD, branch).then().statusCode(200)
                .body("compliance.cadences.find { it.type == 'GENERAL_MEETING' }.required", equalTo(3))
                .body("compliance.cadences.find { it.type == 'GENERAL_MEETING' }.met", equalTo(2))
                .body("compliance.cadences.find { it.type == 'GENERAL_MEETING' }.units.findAll { !it.met }.unit", contains("2025-12"))
                .body("compliance.cadences.find { it.type == 'STUDY_SESSION' }.required", equalTo(3))
                .body("compliance.cadences.find { it.type == 'STUDY_SESSION' }.met", equalTo(1))
                .body("compliance.cadences.find { it.type == 'PARTY_LECTURE' }.required", equalTo(1));
    }
}
