package io.partybranch.deploy.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Strimzi's objects into Strimzi's own model classes (io.strimzi:api). Those classes keep
 * properties they do not know in an "additional properties" map instead of refusing them, so a
 * mistyped field is found by walking the whole object graph and asking every node for its leftovers.
 * Wrong types and unknown enum values already fail the reading itself.
 */
final class StrimziValidator {

    static final String GROUP = "kafka.strimzi.io";
    private static final Map<String, Class<?>> KINDS = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class, "KafkaUser", KafkaUser.class);
    /** The API version the manifests use; Strimzi 1.x serves only v1. */
    static final String API_VERSION = GROUP + "/v1";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper MODEL = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    private StrimziValidator() {
    }

    record Outcome(List<String> checked, List<String> problems) {
    }

    static Outcome validate(String rendered) throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode document : YAML.readerFor(JsonNode.class).<JsonNode>readValues(rendered).readAll()) {
            String apiVersion = document.path("apiVersion").asText();
            if (!apiVersion.startsWith(GROUP + "/")) {
                continue;
            }
            String kind = document.path("kind").asText();
            String name = kind + "/" + document.path("metadata").path("name").asText();
            checked.add(name);
            Class<?> type = KINDS.get(kind);
            if (type == null) {
                problems.add(name + ": no Strimzi model class for this kind");
                continue;
            }
            if (!apiVersion.equals(API_VERSION)) {
                problems.add(name + ": apiVersion " + apiVersion + " is not " + API_VERSION);
            }
            Object model;
            try {
                model = MODEL.treeToValue(document, type);
            } catch (Exception e) {
                problems.add(name + ": " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            leftovers(model, "", problems, name, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return new Outcome(checked, problems);
    }

    /** Every property a model node kept without knowing it, by its path. */
    private static void leftovers(Object node, String path, List<String> problems, String name, Set<Object> seen) throws Exception {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                leftovers(item, path + "/" + index++, problems, name, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                leftovers(entry.getValue(), path + "/" + entry.getKey(), problems, name, seen);
            }
            return;
        }
        String packageName = node.getClass().getPackageName();
        if (!packageName.startsWith("io.strimzi.") && !packageName.startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String method = getter.getName();
            if (method.equals("getAdditionalProperties")) {
                Map<?, ?> extra = (Map<?, ?>) getter.invoke(node);
                if (extra != null) {
                    for (Object key : extra.keySet()) {
                        problems.add(name + ": " + path + "/" + key + " is not a property of the model");
                    }
                }
            } else if (method.startsWith("get") && method.length() > 3) {
                String property = Character.toLowerCase(method.charAt(3)) + method.substring(4);
                // Free-form broker and topic settings are Kafka's own configuration, not schema.
                if (!property.equals("config") && !property.equals("class")) {
                    leftovers(getter.invoke(node), path + "/" + property, problems, name, seen);
                }
            }
        }
    }
}
