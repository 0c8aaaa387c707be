package io.partybranch.reporting;

import io.partybranch.common.testing.EventContract;
import io.partybranch.common.testing.OutboxCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What reporting published in a scenario, held to deploy/asyncapi/platform-events.yaml. reporting.events
 * carries events of unrelated scenarios (the summary workflow, due items), so a scenario names the types it
 * publishes instead of being asked for every type of the channel.
 */
public final class PublishedEvents {

    public static final String TOPIC = "reporting.events";

    private PublishedEvents() {
    }

    /** Every captured event conforms to its contract and declares no extra data field; exactly these types were published. */
    public static void assertConform(OutboxCapture outbox, Set<String> types) {
        EventContract contract = EventContract.load();
        Map<String, List<String>> published = outbox.byType();
        List<String> problems = new ArrayList<>();
        published.forEach((type, payloads) -> payloads.forEach(payload -> {
            problems.addAll(contract.violations(payload));
            List<String> undeclared = contract.undeclaredDataFields(payload);
            if (!undeclared.isEmpty()) {
                problems.add(type + ": data fields the contract does not declare: " + undeclared);
            }
        }));
        if (!contract.typesOf(TOPIC).containsAll(published.keySet())) {
            problems.add("published " + published.keySet() + ", but " + TOPIC + " carries only " + contract.typesOf(TOPIC));
        }
        if (!published.keySet().equals(types)) {
            problems.add("expected the scenario to publish " + types + ", it published " + published.keySet());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("events break deploy/asyncapi/platform-events.yaml:\n  " + String.join("\n  ", problems));
        }
    }
}
