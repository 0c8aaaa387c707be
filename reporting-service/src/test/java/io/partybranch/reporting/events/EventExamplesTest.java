package io.partybranch.reporting.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partybranch.common.testing.EventContract;
import io.partybranch.common.testing.EventFixtures;
import io.partybranch.reporting.PublishedEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The consumer applies every example of the three topics it reads in the AsyncAPI document (reporting.events'
 * only reach the change feed), none dead-lettered.
 */
@QuarkusTest
class EventExamplesTest {

    private static final List<String> TOPICS = List.of(EventFixtures.MEMBERS_TOPIC, EventFixtures.ACTIVITIES_TOPIC,
            PublishedEvents.TOPIC);

    @Inject
    EntityManager entityManager;

    @Test
    void everyExampleOfTheContractIsApplied() {
        EventContract contract = EventContract.load();
        try (EventFixtures events = new EventFixtures()) {
            for (String topic : TOPICS) {
                for (JsonNode example : contract.examplesOf(topic)) {
                    // A fresh event id each run: the inbox would rightly skip an id it has seen.
                    ObjectNode event = example.deepCopy();
                    events.send(topic, event.path("source").asText(), event.path("type").asText(),
                            UUID.fromString(event.path("subject").asText()), UUID.fromString(event.path("branchid").asText()),
                            new ObjectMapper().convertValue(event.path("data"), Map.class));
                }
            }
            for (String topic : TOPICS) {
                Assertions.assertEquals(contract.typesOf(topic),
                        contract.examplesOf(topic).stream().map(example -> example.path("type").asText()).toList(),
                        "one example per message of " + topic);
            }
            events.awaitApplied(entityManager, EventConsumers.CONSUMER);
        }
    }
}
