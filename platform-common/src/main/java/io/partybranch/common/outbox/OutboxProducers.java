package io.partybranch.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;

/** Makes the relay's Kafka producer; a bean of its own so a test can make one that fails. */
@ApplicationScoped
public class OutboxProducers {

    public Producer<String, String> create(Properties properties) {
        return new KafkaProducer<>(properties);
    }
}
