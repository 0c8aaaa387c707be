package io.partybranch.common.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partybranch.common.events.CloudEvent;
import io.partybranch.common.time.BusinessCalendar;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends records to the real broker as another service would, for consumer tests. */
public final class TopicWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final KafkaProducer<String, String> producer;

    public TopicWriter() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformInfrastructure.kafkaBootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    /** Builds a CloudEvent JSON string with a fresh id. */
    public static String cloudEvent(UUID id, String source, String type, Object subject, Object branchId, Map<String, ?> data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject.toString());
        // As a producer stamps it: on the business clock, which a test run may have moved.
        event.put("time", BusinessCalendar.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("branchid", branchId.toString());
        event.set("data", JSON.valueToTree(data));
        return event.toString();
    }

    public void send(String topic, String key, String value) {
        try {
            // Same headers as the outbox relay, so consumers are tested against what they really receive.
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type",
                    CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
