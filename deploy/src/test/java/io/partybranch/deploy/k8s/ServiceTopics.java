package io.partybranch.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a service writes and reads, as its own configuration says: the topic its outbox publishes to
 * ({@code platform.events.topic}) and the topics it makes sure exist at start-up because it consumes
 * them ({@code platform.events.ensure-topics}). The manifests must grant exactly these.
 */
record ServiceTopics(String produced, List<String> consumed) {

    static final List<String> SERVICES = List.of("members-service", "activities-service", "reporting-service");

    static Map<String, ServiceTopics> ofEveryService() throws IOException {
        Map<String, ServiceTopics> services = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of("..", service, "src/main/resources/application.properties"))) {
                properties.load(reader);
            }
            String consumed = properties.getProperty("platform.events.ensure-topics", "");
            services.put(service, new ServiceTopics(properties.getProperty("platform.events.topic"),
                    Arrays.stream(consumed.split(",")).map(String::strip).filter(topic -> !topic.isEmpty()).toList()));
        }
        return services;
    }
}
