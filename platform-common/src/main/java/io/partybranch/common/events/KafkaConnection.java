package io.partybranch.common.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transport settings (TLS, SASL) that the platform's own Kafka clients (outbox relay, topic
 * check, replay) share with the messaging connector. Both read the same {@code kafka.*} keys, or
 * {@code KAFKA_*} environment variables, so a cluster that needs SCRAM over TLS is configured once
 * (deploy/k8s/base/services/platform-config.yaml).
 */
@ApplicationScoped
public class KafkaConnection {

    private static final List<String> TRANSPORT_PREFIXES = List.of("security.protocol", "sasl.", "ssl.");

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> brokerSettings;

    /** Only the transport settings: each client keeps its own serializers, timeouts and ids. */
    public Map<String, Object> transport() {
        Map<String, Object> transport = new HashMap<>();
        brokerSettings.forEach((key, value) -> {
            if (TRANSPORT_PREFIXES.stream().anyMatch(key::startsWith)) {
                transport.put(key, value);
            }
        });
        return transport;
    }
}
