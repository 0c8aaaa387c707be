package io.partybranch.common.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service writes to or reads from when they are missing, and watches the
 * broker. It never holds up start-up: with the broker away the service starts, takes writes (the
 * outbox keeps them) and says so in readiness; the topics are ensured as soon as the broker answers.
 *
 * <p>Event topics keep their records forever ({@code retention.ms=-1}): read models are rebuilt by
 * replaying them, so a broker default of seven days would silently lose history. Replication factor
 * and {@code min.insync.replicas} come from configuration (3 and 2 in production).
 */
@ApplicationScoped
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    @Inject
    EventsConfig config;

    @Inject
    KafkaConnection kafkaConnection;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private volatile boolean ready;
    private volatile boolean brokerReachable;
    private volatile String brokerProblem = "not probed yet";
    private volatile Instant lastProbe;
    private volatile boolean running;
    private Thread worker;

    void onStart(@Observes StartupEvent event) {
        running = true;
        worker = Thread.ofPlatform().name("kafka-topics").daemon().start(this::watch);
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** Every topic the service needs exists (consumers start only then). */
    public boolean ready() {
        return ready;
    }

    public boolean brokerReachable() {
        return brokerReachable;
    }

    /** Why the broker is taken for unreachable, while it is. */
    public String brokerProblem() {
        return brokerProblem;
    }

    public Instant lastProbe() {
        return lastProbe;
    }

    private void watch() {
        long backoff = 500;
        Set<String> names = names();
        while (running) {
            try (Admin admin = Admin.create(adminProperties())) {
                while (running) {
                    admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                    if (!ready) {
                        ensure(admin, names);
                        ready = true;
                    }
                    reachable(true, null);
                    backoff = 500;
                    Thread.sleep(config.brokerProbeInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                reachable(false, rootMessage(e));
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, config.brokerProbeInterval().toMillis());
            }
        }
    }

    private void reachable(boolean reachable, String problem) {
        if (reachable != brokerReachable) {
            if (reachable) {
                LOG.infof("Kafka broker at %s is reachable", bootstrapServers);
            } else {
                LOG.warnf("Kafka broker at %s is unreachable (%s); writes wait in the outbox", bootstrapServers, problem);
            }
        }
        brokerReachable = reachable;
        brokerProblem = problem;
        lastProbe = Instant.now();
    }

    private Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        config.topic().ifPresent(names::add);
        config.ensureTopics().ifPresent(names::addAll);
        return names;
    }

    private void ensure(Admin admin, Set<String> names) throws Exception {
        if (names.isEmpty()) {
            return;
        }
        Set<String> existing = admin.listTopics().names().get(20, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (String name : names) {
            if (!existing.contains(name)) {
                missing.add(newTopic(name, config));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
            LOG.infof("Created topics %s (replication factor %d, min.insync.replicas %d)", missing.stream().map(NewTopic::name).toList(),
                    config.replicationFactor(), config.minInsyncReplicas());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    static NewTopic newTopic(String name, EventsConfig config) {
        return new NewTopic(name, config.partitions(), config.replicationFactor())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1",
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(config.minInsyncReplicas())));
    }

    private Properties adminProperties() {
        Properties props = new Properties();
        props.putAll(kafkaConnection.transport());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, config.source() + "-topics");
        return props;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
