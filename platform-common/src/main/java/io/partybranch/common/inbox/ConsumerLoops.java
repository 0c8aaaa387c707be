package io.partybranch.common.inbox;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.partybranch.common.events.EventsConfig;
import io.partybranch.common.events.KafkaConnection;
import io.partybranch.common.events.TopicInitializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Starts a poll loop for every {@link EventConsumer} bean of the service, and exposes their state. */
@ApplicationScoped
public class ConsumerLoops {

    private static final Logger LOG = Logger.getLogger(ConsumerLoops.class);

    @Inject
    Instance<EventConsumer<?>> consumers;

    @Inject
    BatchInbox inbox;

    @Inject
    DeadLetters deadLetters;

    @Inject
    EventsConfig config;

    @Inject
    TopicInitializer topics;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaConnection kafkaConnection;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private final Map<String, ConsumerLoop> loops = new LinkedHashMap<>();

    void onStart(@Observes StartupEvent event) {
        for (EventConsumer<?> consumer : consumers) {
            ConsumerLoop loop = new ConsumerLoop(consumer, inbox, properties(consumer), topics::ready,
                    config.consumer().initialBackoff(), config.consumer().maxBackoff());
            loops.put(consumer.name(), loop);
            register(loop);
            if (config.consumer().enabled()) {
                loop.start();
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        loops.values().forEach(ConsumerLoop::stop);
    }

    public Collection<String> names() {
        return loops.keySet();
    }

    public ConsumerStatus status(String consumer) {
        return loop(consumer).status;
    }

    public boolean alive(String consumer) {
        return !config.consumer().enabled() || loop(consumer).alive();
    }

    /** Holds back the consumer's live records (a rebuild runs); see {@link ConsumerLoop#pause()}. */
    public boolean pause(String consumer, Duration waitForBatchInHand) throws InterruptedException {
        ConsumerLoop loop = loop(consumer);
        loop.pause();
        return loop.awaitIdle(waitForBatchInHand);
    }

    public void resume(String consumer) {
        loop(consumer).resume();
    }

    /** Open dead letters are counted in the database now and then, not at every scrape. */
    @Scheduled(every = "15s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void countOpenDeadLetters() {
        for (ConsumerLoop loop : loops.values()) {
            try {
                loop.status.openDeadLetters.set(QuarkusTransaction.requiringNew().call(() -> deadLetters.count(loop.name(), true)));
            } catch (RuntimeException e) {
                LOG.debugf("could not count the dead letters of %s: %s", loop.name(), e.toString());
            }
        }
    }

    private ConsumerLoop loop(String consumer) {
        ConsumerLoop loop = loops.get(consumer);
        if (loop == null) {
            throw new IllegalArgumentException("no event consumer named " + consumer);
        }
        return loop;
    }

    private void register(ConsumerLoop loop) {
        ConsumerStatus status = loop.status;
        FunctionCounter.builder("platform.events.consumer.applied", status, ConsumerStatus::applied).tag("consumer", loop.name())
                .description("Events applied by the consumer").register(registry);
        FunctionCounter.builder("platform.events.dead.letters", status, ConsumerStatus::deadLettered).tag("consumer", loop.name())
                .description("Records the consumer dead-lettered").register(registry);
        FunctionCounter.builder("platform.events.consumer.retries", status, ConsumerStatus::retries).tag("consumer", loop.name())
                .description("Batches retried after a transient failure").register(registry);
        Gauge.builder("platform.events.dead.letters.open", status, ConsumerStatus::openDeadLetters).tag("consumer", loop.name())
                .description("Dead letters not yet replayed").register(registry);
        Gauge.builder("platform.events.consumer.degraded", status, s -> s.degraded() ? 1 : 0).tag("consumer", loop.name())
                .description("1 while the consumer retries a batch that failed transiently").register(registry);
    }

    private Properties properties(EventConsumer<?> consumer) {
        Properties props = new Properties();
        props.putAll(kafkaConnection.transport());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.consumer().groupId().orElse(application));
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, application + "-" + consumer.name());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.consumer().maxPollRecords()));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.putAll(config.consumer().kafka());
        return props;
    }
}
