package io.partybranch.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event contracts of deploy/asyncapi/platform-events.yaml as tests use them: each message's
 * payload schema (JSON Schema, with the document's shared schemas) and its examples. A producer's
 * test validates what it really published; a consumer's test applies the document's examples.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode document;
    private final Map<String, JsonNode> messagesByName = new LinkedHashMap<>();

    private EventContract(JsonNode document) {
        this.document = document;
        document.path("components").path("messages").forEach(message -> messagesByName.put(message.path("name").asText(), message));
    }

    /** The repository's document, found from the module's directory (where the build runs the tests). */
    public static EventContract load() {
        Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        Path file = root.resolve("deploy/asyncapi/platform-events.yaml");
        if (!Files.exists(file)) {
            file = Path.of("deploy/asyncapi/platform-events.yaml").toAbsolutePath();
        }
        try {
            return new EventContract(YAML.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event contracts at " + file, e);
        }
    }

    /** The message names (event types) a channel carries, e.g. members.events. */
    public List<String> typesOf(String address) {
        List<String> types = new ArrayList<>();
        document.path("channels").forEach(channel -> {
            if (channel.path("address").asText().equals(address)) {
                channel.path("messages").forEach(ref -> types.add(message(ref).path("name").asText()));
            }
        });
        return types;
    }

    /** What is wrong with a CloudEvent (JSON) under its type's contract; empty when it conforms. */
    public List<String> violations(String cloudEvent) {
        JsonNode event;
        try {
            event = JSON.readTree(cloudEvent);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        String type = event.path("type").asText();
        JsonNode message = messagesByName.get(type);
        if (message == null) {
            return List.of("the contract has no message named " + type);
        }
        Set<ValidationMessage> problems = schema(message).validate(event);
        return problems.stream().map(problem -> type + ": " + problem.getMessage()).sorted().toList();
    }

    /**
     * Fields of the event's data that its contract does not declare: a producer that adds one must
     * document it, so consumers can rely on the document.
     */
    public List<String> undeclaredDataFields(String cloudEvent) {
        JsonNode event;
        try {
            event = JSON.readTree(cloudEvent);
        } catch (IOException e) {
            return List.of("not JSON");
        }
        JsonNode message = messagesByName.get(event.path("type").asText());
        if (message == null) {
            return List.of("(no contract)");
        }
        JsonNode declared = null;
        for (JsonNode part : message.path("payload").path("allOf")) {
            JsonNode data = part.path("properties").path("data");
            if (data.has("$ref")) {
                declared = document.at(data.path("$ref").asText().substring(1)).path("properties");
            }
        }
        List<String> undeclared = new ArrayList<>();
        JsonNode properties = declared;
        event.path("data").fieldNames().forEachRemaining(field -> {
            if (properties == null || !properties.has(field)) {
                undeclared.add(field);
            }
        });
        return undeclared;
    }

    /** The examples of every message of the channel, as CloudEvent JSON documents. */
    public List<JsonNode> examplesOf(String address) {
        List<JsonNode> examples = new ArrayList<>();
        for (String type : typesOf(address)) {
            messagesByName.get(type).path("examples").forEach(example -> examples.add(example.path("payload")));
        }
        return examples;
    }

    private JsonNode message(JsonNode ref) {
        String pointer = ref.path("$ref").asText();
        return pointer.isEmpty() ? ref : document.at(pointer.substring(1));
    }

    private JsonSchema schema(JsonNode message) {
        // The payload's $refs point into the document's components, so they travel with it.
        ObjectNode schema = JSON.createObjectNode();
        schema.putArray("allOf").add(message.path("payload"));
        schema.set("components", document.path("components"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    }
}
