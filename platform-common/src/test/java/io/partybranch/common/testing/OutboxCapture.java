package io.partybranch.common.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The events a service wrote to its outbox after a point in a test: what it really publishes. */
public final class OutboxCapture {

    private final EntityManager entityManager;
    private final long after;

    private OutboxCapture(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.after = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select coalesce(max(seq), 0) from outbox_event").getSingleResult())
                        .longValue());
    }

    public static OutboxCapture from(EntityManager entityManager) {
        return new OutboxCapture(entityManager);
    }

    /** Payloads (CloudEvent JSON) by event type, of every row written since the capture began. */
    @SuppressWarnings("unchecked")
    public Map<String, List<String>> byType() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select event_type, payload from outbox_event where seq > :after order by seq").setParameter("after", after)
                .getResultList());
        return rows.stream().collect(Collectors.groupingBy(row -> (String) row[0], TreeMap::new,
                Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    /** Asserts every captured event conforms to its contract, and that every type of the channel was seen. */
    public void assertConformsTo(EventContract contract, String address) {
        Map<String, List<String>> published = byType();
        StringBuilder problems = new StringBuilder();
        published.forEach((type, payloads) -> payloads.forEach(payload -> {
            contract.violations(payload).forEach(v -> problems.append("\n  ").append(v));
            List<String> undeclared = contract.undeclaredDataFields(payload);
            if (!undeclared.isEmpty()) {
                problems.append("\n  ").append(type).append(": data fields the contract does not declare: ").append(undeclared);
            }
        }));
        List<String> missing = contract.typesOf(address).stream().filter(type -> !published.containsKey(type)).toList();
        if (!missing.isEmpty()) {
            problems.append("\n  the scenario published no ").append(missing);
        }
        List<String> unknown = published.keySet().stream().filter(type -> !contract.typesOf(address).contains(type)).toList();
        if (!unknown.isEmpty()) {
            problems.append("\n  published but not in the contract of ").append(address).append(": ").append(unknown);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("events break deploy/asyncapi/platform-events.yaml:" + problems);
        }
    }
}
