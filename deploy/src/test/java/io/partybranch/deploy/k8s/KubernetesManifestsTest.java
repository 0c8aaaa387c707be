package io.partybranch.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each overlay of deploy/k8s renders with kubectl kustomize, and every object it holds is valid
 * for its schema with no property the schema does not know: Kubernetes', CloudNativePG's and
 * KEDA's objects against the kubernetes-models packages (validate.mjs), Strimzi's against
 * Strimzi's model classes. What the platform relies on is checked on the rendered result too.
 */
class KubernetesManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern OBJECT_LINE = Pattern.compile("^(OK  |FAIL|SKIP) (\\S+) \\((\\S+)\\)", Pattern.MULTILINE);

    @TempDir
    Path scratch;

    @ParameterizedTest
    @ValueSource(strings = {"production", "staging"})
    void everyRenderedObjectIsValidForItsSchema(String overlay) throws Exception {
        String rendered = Tools.render(overlay);
        List<JsonNode> objects = objects(rendered);

        Tools.Result models = Tools.validateWithKubernetesModels(rendered, scratch);
        assertEquals(0, models.exitCode(), "kubernetes-models validation of " + overlay + ":\n" + models.output());
        StrimziValidator.Outcome strimzi = StrimziValidator.validate(rendered);
        assertEquals(List.of(), strimzi.problems(), "Strimzi model validation of " + overlay);

        // Every object was checked by one of the two, none slipped through as unknown.
        Set<String> checkedByNode = new TreeSet<>();
        Matcher line = OBJECT_LINE.matcher(models.output());
        while (line.find()) {
            if (!line.group(1).equals("SKIP")) {
                checkedByNode.add(line.group(2));
            }
        }
        Set<String> all = new TreeSet<>();
        for (JsonNode object : objects) {
            all.add(object.path("kind").asText() + "/" + object.path("metadata").path("name").asText());
        }
        Set<String> checked = new TreeSet<>(checkedByNode);
        checked.addAll(strimzi.checked());
        assertEquals(all, checked, "objects of " + overlay + " that no validator checked");
    }

    @ParameterizedTest
    @ValueSource(strings = {"production", "staging"})
    void theRenderedPlatformHasWhatTheServicesRelyOn(String overlay) throws Exception {
        List<JsonNode> objects = objects(Tools.render(overlay));
        Map<String, JsonNode> topics = new HashMap<>();
        for (JsonNode topic : ofKind(objects, "KafkaTopic")) {
            topics.put(topic.path("spec").path("topicName").asText(), topic.path("spec"));
        }
        // Every topic a service produces or consumes (its application.properties); dead letters are rows in each consumer's schema.
        Map<String, ServiceTopics> services = ServiceTopics.ofEveryService();
        Set<String> used = new TreeSet<>();
        services.values().forEach(service -> {
            used.add(service.produced());
            used.addAll(service.consumed());
        });
        assertEquals(used, new TreeSet<>(topics.keySet()));
        Map<String, JsonNode> users = new HashMap<>();
        ofKind(objects, "KafkaUser").forEach(user -> users.put(user.path("metadata").path("name").asText(), user));
        for (Map.Entry<String, ServiceTopics> service : services.entrySet()) {
            JsonNode acls = users.get(service.getKey()).path("spec").path("authorization").path("acls");
            assertTrue(allows(acls, "topic", service.getValue().produced(), "Write"),
                    service.getKey() + " writes " + service.getValue().produced());
            for (String consumed : service.getValue().consumed()) {
                assertTrue(allows(acls, "topic", consumed, "Read"), service.getKey() + " reads " + consumed);
                assertTrue(allows(acls, "group", service.getKey(), "Read"), service.getKey() + " joins its consumer group");
            }
        }
        for (Map.Entry<String, JsonNode> topic : topics.entrySet()) {
            assertEquals(3, topic.getValue().path("replicas").asInt(), topic.getKey() + " replicas");
            assertEquals(2, topic.getValue().path("config").path("min.insync.replicas").asInt(), topic.getKey() + " min.insync.replicas");
            assertEquals(-1, topic.getValue().path("config").path("retention.ms").asLong(), topic.getKey() + " is kept forever");
        }
        JsonNode kafka = ofKind(objects, "Kafka").get(0).path("spec").path("kafka");
        assertEquals(2, kafka.path("config").path("min.insync.replicas").asInt());
        assertEquals(3, kafka.path("config").path("default.replication.factor").asInt());
        int brokers = 0;
        for (JsonNode pool : ofKind(objects, "KafkaNodePool")) {
            if (pool.path("spec").path("roles").toString().contains("broker")) {
                brokers += pool.path("spec").path("replicas").asInt();
            }
        }
        assertEquals(3, brokers, "brokers");

        // Reporting never scales beyond the partitions one consumer group can use.
        int partitions = services.get("reporting-service").consumed().stream()
                .mapToInt(topic -> topics.get(topic).path("partitions").asInt())
                .max().orElseThrow();
        JsonNode scaled = ofKind(objects, "ScaledObject").get(0).path("spec");
        assertEquals(partitions, scaled.path("maxReplicaCount").asInt(), "reporting's maximum equals the event topics' partitions");

        assertEquals(overlay.equals("production") ? 3 : 2, ofKind(objects, "Cluster").get(0).path("spec").path("instances").asInt(),
                "PostgreSQL instances");
        List<String> roles = new ArrayList<>();
        ofKind(objects, "Cluster").get(0).path("spec").path("managed").path("roles").forEach(role -> roles.add(role.path("name").asText()));
        assertEquals(List.of("members", "activities", "reporting", "keycloak"), roles);

        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), name + " runs as non-root");
            JsonNode container = pod.path("containers").get(0);
            assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(), name + " has a read-only root");
            assertTrue(container.path("resources").path("requests").has("memory"), name + " requests memory");
            assertTrue(container.has("readinessProbe") && container.has("livenessProbe"), name + " has probes");
            if (name.endsWith("-service")) {
                assertEquals("/q/health/started", container.path("startupProbe").path("httpGet").path("path").asText(), name);
                assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText(), name);
                assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText(), name);
                assertTrue(container.path("volumeMounts").toString().contains("\"/tmp\""), name + " has a writable /tmp");
            }
        }
        Set<String> budgets = new TreeSet<>();
        ofKind(objects, "PodDisruptionBudget").forEach(budget -> budgets.add(budget.path("metadata").path("name").asText()));
        assertEquals(Set.of("members-service", "activities-service", "reporting-service", "gateway", "keycloak"), budgets);
        Set<String> cpuScaled = new TreeSet<>();
        ofKind(objects, "HorizontalPodAutoscaler").forEach(hpa -> cpuScaled.add(hpa.path("metadata").path("name").asText()));
        assertTrue(cpuScaled.containsAll(Set.of("members-service", "activities-service")), "members and activities scale on CPU");
        // Nothing secret is committed: the only Secrets are those the cluster makes or the README says how to create.
        assertEquals(List.of(), ofKind(objects, "Secret"), "no Secret in the manifests");
    }

    /** Each validator is shown to refuse a mistyped property of the kinds it covers. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Deployment|  revisionHistoryLimit: 5|  revisionHistoryLimitt: 5|/spec/revisionHistoryLimitt",
            "Deployment|readOnlyRootFilesystem: true|readOnlyRootFileSystem: true|/securityContext/readOnlyRootFileSystem",
            "NetworkPolicy|  policyTypes:|  policyType:|/spec/policyType",
            "Cluster|  instances: 3|  instancess: 3|/spec/instancess",
            "Pooler|    poolMode: transaction|    poolmode: transaction|/spec/pgbouncer/poolmode",
            "ScaledObject|  maxReplicaCount: 12|  maxReplicaCountt: 12|/spec/maxReplicaCountt",
            "Kafka|    authorization:|    authorisation:|/spec/kafka/authorisation",
            "KafkaTopic|  partitions: 12|  partition: 12|/spec/partition",
            "KafkaUser|    - operations:|    - operation:|/operation",
            "KafkaNodePool|  roles:|  role:|/spec/role",
    })
    void aMistypedPropertyIsRefused(String typo) throws Exception {
        String[] parts = typo.split("\\|");
        String kind = parts[0];
        String rendered = Tools.render("production");
        String broken = replaceInFirst(rendered, kind, parts[1], parts[2]);
        String path = parts[3];
        if (kind.startsWith("Kafka")) {
            List<String> problems = StrimziValidator.validate(broken).problems();
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(kind + "/") && p.contains(path)),
                    "Strimzi validator must refuse " + path + " in " + kind + ", said: " + problems);
        } else {
            Tools.Result result = Tools.validateWithKubernetesModels(broken, scratch);
            assertEquals(1, result.exitCode(), result.output());
            assertTrue(result.output().contains(path + " is not a property of the schema"), result.output());
        }
    }

    /** The first object of the kind, with one line changed. */
    private static String replaceInFirst(String rendered, String kind, String from, String to) {
        String[] documents = rendered.split("(?m)^---\n");
        for (int i = 0; i < documents.length; i++) {
            if (documents[i].contains("\nkind: " + kind + "\n") && documents[i].contains(from)) {
                documents[i] = documents[i].replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
                return String.join("---\n", documents);
            }
        }
        throw new AssertionError("no " + kind + " with '" + from + "' in the rendered manifests");
    }

    private static List<JsonNode> objects(String rendered) throws Exception {
        return YAML.readerFor(JsonNode.class).<JsonNode>readValues(rendered).readAll();
    }

    private static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    private static boolean allows(JsonNode acls, String type, String name, String operation) {
        for (JsonNode acl : acls) {
            if (acl.path("resource").path("type").asText().equals(type) && acl.path("resource").path("name").asText().equals(name)
                    && acl.path("operations").toString().contains("\"" + operation + "\"")) {
                return true;
            }
        }
        return false;
    }
}
