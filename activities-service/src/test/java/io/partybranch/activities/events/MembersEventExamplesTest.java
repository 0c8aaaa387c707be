package io.partybranch.activities.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partybranch.common.testing.EventContract;
import io.partybranch.common.testing.EventFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The roster copy applies every example of members.events in the AsyncAPI document, none dead-lettered. */
@QuarkusTest
class MembersEventExamplesTest {

    @Inject
    EntityManager entityManager;

    @Test
    void everyExampleOfTheContractIsApplied() {
        EventContract contract = EventContract.load();
        List<JsonNode> examples = contract.examplesOf(EventFixtures.MEMBERS_TOPIC);
        try (EventFixtures events = new EventFixtures()) {
            for (JsonNode example : examples) {
                // A fresh event id each run: the inbox would rightly skip an id it has seen.
                ObjectNode event = example.deepCopy();
                events.send(EventFixtures.MEMBERS_TOPIC, event.path("source").asText(), event.path("type").asText(),
                        UUID.fromString(event.path("subject").asText()), UUID.fromString(event.path("branchid").asText()),
                        new ObjectMapper().convertValue(event.path("data"), Map.class));
            }
            Assertions.assertEquals(contract.typesOf(EventFixtures.MEMBERS_TOPIC),
                    examples.stream().map(example -> example.path("type").asText()).toList(), "one example per message of members.events");
            events.awaitApplied(entityManager, "activities-roster", EventFixtures.MEMBERS_TOPIC);
        }
    }
}
