package io.partybranch.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The cases of {@link BadInputSuite}, generated from an OpenAPI document with a seeded generator:
 * {@code -Dbadinput.seed=N} replays a run; without it every run draws a new seed.
 */
public final class BadInputCases {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int SAMPLES_PER_TARGET = 2;
    private static final int MAX_PROPERTY_DEPTH = 3;
    private static final int NESTING_DEPTH = 5_000;
    /** Longest text sent where the document states no limit: far beyond any column, within the body limit. */
    private static final int UNBOUNDED_TEXT = 20_000;
    private static final int UNBOUNDED_LIST = 5_000;
    private static final String DEEP_MARKER = "__deeply_nested__";
    private static final String ASTRAL = "\uD842\uDFB7"; // 𠮷, a real character of Chinese names, outside the BMP

    public record Parameter(String name, String in, JsonNode schema) {
    }

    public record Operation(String method, String path, List<Parameter> parameters, String bodyType, JsonNode bodySchema) {

        /** The path with a fresh random UUID for every id. */
        public String pathWithIds() {
            String concrete = path;
            for (Parameter parameter : parameters) {
                if (parameter.in().equals("path")) {
                    concrete = concrete.replace("{" + parameter.name() + "}", UUID.randomUUID().toString());
                }
            }
            return concrete;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public record Case(String method, String pathAndQuery, String contentType, byte[] body, String what) {
        @Override
        public String toString() {
            String shown = pathAndQuery.length() > 160 ? pathAndQuery.substring(0, 160) + "…" : pathAndQuery;
            return method + " " + shown + " [" + what + "]";
        }
    }

    private final JsonNode document;
    private final List<Operation> operations;
    private final long seed;
    private final Random random;

    private BadInputCases(JsonNode document, List<Operation> operations, long seed) {
        this.document = document;
        this.operations = operations;
        this.seed = seed;
        this.random = new Random(seed);
    }

    public static BadInputCases fromDocument(JsonNode document) {
        String given = System.getProperty("badinput.seed");
        long seed = given == null || given.isBlank() ? new Random().nextLong() : Long.parseLong(given.trim());
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Parameter> shared = parameters(path.getValue().path("parameters"));
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(method.getValue().path("parameters")));
                Iterator<Map.Entry<String, JsonNode>> content = method.getValue().path("requestBody").path("content").fields();
                String bodyType = null;
                JsonNode bodySchema = null;
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> first = content.next();
                    bodyType = first.getKey();
                    bodySchema = first.getValue().path("schema");
                }
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters, bodyType, bodySchema));
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException("the OpenAPI document lists no operation");
        }
        return new BadInputCases(document, operations, seed);
    }

    private static List<Parameter> parameters(JsonNode list) {
        List<Parameter> parameters = new ArrayList<>();
        list.forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("schema"))));
        return parameters;
    }

    public long seed() {
        return seed;
    }

    public List<Operation> operations() {
        return operations;
    }

    public List<Case> casesFor(Operation operation) {
        List<Case> cases = new ArrayList<>();
        pathCases(operation, cases);
        queryCases(operation, cases);
        if (operation.bodyType() != null) {
            if (operation.bodyType().contains("json")) {
                jsonBodyCases(operation, cases);
            } else {
                binaryBodyCases(operation, cases);
            }
        }
        return cases;
    }

    // ---- path ids ----

    private static final List<String> BAD_IDS = List.of("%00", "abc%00def", "%0A", "%0D%0Aset-cookie:x", "%E2%80%AE", "%F0%A0%AE%B7",
            "%FF%FE", "1", "-1", "9223372036854775808", "null", "00000000-0000-0000-0000-00000000000g", "%2E%2E", "..%2F..%2Fq",
            "%25", "%20", "%7Bid%7D", "x".repeat(300), "00000000000000000000000000000000", "00000000-0000-0000-0000-0000000000000");

    private void pathCases(Operation operation, List<Case> cases) {
        List<Parameter> ids = operation.parameters().stream().filter(p -> p.in().equals("path")).toList();
        for (Parameter id : ids) {
            List<String> values = new ArrayList<>(List.of("%00"));
            values.addAll(sample(BAD_IDS, 3));
            for (String value : values) {
                String path = operation.pathWithIds();
                String template = operation.path();
                for (Parameter other : ids) {
                    template = template.replace("{" + other.name() + "}", other == id ? value : UUID.randomUUID().toString());
                }
                path = template;
                cases.add(new Case(operation.method(), path, operation.bodyType(), plausibleBody(operation),
                        "path " + id.name() + "=" + value));
            }
        }
    }

    // ---- query parameters ----

    private void queryCases(Operation operation, List<Case> cases) {
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query")) {
                continue;
            }
            for (String value : badQueryValues(resolve(parameter.schema()))) {
                String path = operation.pathWithIds() + "?" + parameter.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                cases.add(new Case(operation.method(), path, operation.bodyType(), plausibleBody(operation),
                        "query " + parameter.name() + "=" + describe(value)));
            }
        }
    }

    private List<String> badQueryValues(JsonNode schema) {
        String type = type(schema);
        String format = schema.path("format").asText("");
        List<String> always = new ArrayList<>();
        List<String> pool = new ArrayList<>(List.of("\u0000", "a\u202Eb", "\u0001"));
        if (schema.has("enum")) {
            pool.addAll(List.of("NOT_A_VALUE_" + random.nextInt(1000), schema.path("enum").path(0).asText().toLowerCase() + "x",
                    ASTRAL, "1"));
        } else if (type.equals("integer")) {
            boolean int64 = format.equals("int64");
            always.add(String.valueOf(int64 ? Long.MAX_VALUE : Integer.MAX_VALUE));
            always.add(String.valueOf(int64 ? Long.MIN_VALUE : Integer.MIN_VALUE));
            pool.addAll(List.of("9223372036854775808", "-9223372036854775809", "1.5", "1e400", "abc", ASTRAL, "0x10", " 1"));
            if (schema.has("maximum")) {
                pool.add(new BigDecimal(schema.get("maximum").asText()).add(BigDecimal.ONE).toPlainString());
            }
            if (schema.has("minimum")) {
                pool.add(new BigDecimal(schema.get("minimum").asText()).subtract(BigDecimal.ONE).toPlainString());
            }
        } else if (type.equals("number")) {
            pool.addAll(List.of("1e400", "-1e400", "NaN", "Infinity", "abc"));
        } else if (type.equals("boolean")) {
            pool.addAll(List.of("maybe", "1", "TRUE", "yes", ASTRAL));
        } else if (format.equals("uuid")) {
            pool.addAll(List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", UUID.randomUUID() + "x", ASTRAL.repeat(18), "1"));
        } else if (format.equals("date")) {
            always.add("-999999999-01-01");
            always.add("+999999999-12-31");
            pool.addAll(List.of("2013-02-30", "1899-12-31", "2101-01-01", "2026-13-01", "2026-1-1", "20260101", "0000-01-01",
                    (1000 + random.nextInt(800)) + "-06-15", (2200 + random.nextInt(7000)) + "-06-15", ASTRAL));
        } else {
            int max = schema.path("maxLength").asInt(UNBOUNDED_TEXT);
            pool.addAll(List.of("x".repeat(max + 1), ASTRAL.repeat(max / 2 + 1), "\u0000".repeat(3), "\uFFFF"));
        }
        List<String> values = new ArrayList<>(always);
        values.addAll(sample(pool, SAMPLES_PER_TARGET + 1));
        return values;
    }

    // ---- bodies ----

    private void jsonBodyCases(Operation operation, List<Case> cases) {
        String type = operation.bodyType();
        JsonNode schema = resolve(operation.bodySchema());
        List<String> roots = sample(List.of("[]", "\"text\"", "42", "true", "null", "1e400", "[{}]", "\"" + ASTRAL + "\""), 3);
        for (String root : roots) {
            cases.add(jsonCase(operation, type, root, "body " + root));
        }
        cases.add(
                jsonCase(operation, type, "[".repeat(NESTING_DEPTH) + "]".repeat(NESTING_DEPTH), "body nested " + NESTING_DEPTH + " deep"));
        String plausible = json(plausible(schema, 0));
        cases.add(jsonCase(operation, type, plausible.substring(0, Math.max(1, plausible.length() / 2)), "body truncated"));
        cases.add(jsonCase(operation, type, plausible + " {}", "body followed by a second value"));
        for (Target target : targets(schema, "", 0)) {
            for (JsonNode bad : sample(badValues(target.schema()), SAMPLES_PER_TARGET)) {
                JsonNode body = plausible(schema, 0);
                body = put(body, target.path(), bad, schema);
                cases.add(jsonCase(operation, type, json(body), "body " + target.path() + "=" + describe(json(bad))));
            }
            if (target.depth() < MAX_PROPERTY_DEPTH && type(target.schema()).equals("object") && !target.path().isEmpty()) {
                // Written as text: no JSON writer nests this deep, which is the point.
                JsonNode body = put(plausible(schema, 0), target.path(), NODES.textNode(DEEP_MARKER), schema);
                String deep = "{\"a\":".repeat(NESTING_DEPTH) + "{}" + "}".repeat(NESTING_DEPTH);
                cases.add(jsonCase(operation, type, json(body).replace("\"" + DEEP_MARKER + "\"", deep),
                        "body " + target.path() + " nested " + NESTING_DEPTH + " deep"));
            }
        }
    }

    private Case jsonCase(Operation operation, String type, String body, String what) {
        return new Case(operation.method(), operation.pathWithIds(), type, body.getBytes(StandardCharsets.UTF_8), what);
    }

    private void binaryBodyCases(Operation operation, List<Case> cases) {
        byte[] noise = new byte[1 + random.nextInt(4096)];
        random.nextBytes(noise);
        byte[] fakeZip = new byte[64 + random.nextInt(512)];
        random.nextBytes(fakeZip);
        fakeZip[0] = 'P';
        fakeZip[1] = 'K';
        fakeZip[2] = 3;
        fakeZip[3] = 4;
        cases.add(new Case(operation.method(), operation.pathWithIds(), operation.bodyType(), noise,
                "body of " + noise.length + " random bytes"));
        cases.add(new Case(operation.method(), operation.pathWithIds(), operation.bodyType(), fakeZip, "body of a broken zip"));
        cases.add(new Case(operation.method(), operation.pathWithIds(), operation.bodyType(), new byte[0], "empty body"));
    }

    private byte[] plausibleBody(Operation operation) {
        if (operation.bodyType() == null) {
            return null;
        }
        if (!operation.bodyType().contains("json")) {
            return new byte[]{1, 2, 3};
        }
        return json(plausible(resolve(operation.bodySchema()), 0)).getBytes(StandardCharsets.UTF_8);
    }

    private record Target(String path, JsonNode schema, int depth) {
    }

    /** Every property (and list item) a body can hold, down to {@link #MAX_PROPERTY_DEPTH}. */
    private List<Target> targets(JsonNode schema, String prefix, int depth) {
        List<Target> targets = new ArrayList<>();
        if (depth > MAX_PROPERTY_DEPTH) {
            return targets;
        }
        schema = resolve(schema);
        if (type(schema).equals("object")) {
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
                JsonNode propertySchema = resolve(property.getValue());
                targets.add(new Target(path, propertySchema, depth + 1));
                targets.addAll(targets(propertySchema, path, depth + 1));
            }
        } else if (type(schema).equals("array")) {
            JsonNode items = resolve(schema.path("items"));
            targets.add(new Target(prefix + "[0]", items, depth + 1));
            targets.addAll(targets(items, prefix + "[0]", depth + 1));
        }
        return targets;
    }

    private List<JsonNode> badValues(JsonNode schema) {
        String type = type(schema);
        String format = schema.path("format").asText("");
        List<JsonNode> pool = new ArrayList<>();
        pool.add(NODES.numberNode(new BigInteger("9223372036854775808")));
        if (schema.has("enum")) {
            pool.add(NODES.textNode("NOT_A_VALUE_" + random.nextInt(1000)));
            pool.add(NODES.textNode(schema.path("enum").path(0).asText().toLowerCase()));
            pool.add(NODES.numberNode(0));
            pool.add(NODES.textNode(ASTRAL));
        } else if (type.equals("integer")) {
            pool.add(NODES.numberNode(new BigInteger("-9223372036854775809")));
            pool.add(NODES.numberNode(new BigDecimal("1e400")));
            pool.add(NODES.numberNode(new BigDecimal("1.5")));
            pool.add(NODES.textNode("12"));
            pool.add(NODES.booleanNode(true));
            if (schema.has("maximum")) {
                pool.add(NODES.numberNode(new BigDecimal(schema.get("maximum").asText()).add(BigDecimal.ONE)));
            }
            if (schema.has("minimum")) {
                pool.add(NODES.numberNode(new BigDecimal(schema.get("minimum").asText()).subtract(BigDecimal.ONE)));
            }
        } else if (type.equals("number")) {
            pool.add(NODES.numberNode(new BigDecimal("1e400")));
            pool.add(NODES.numberNode(new BigDecimal("-1e400")));
            pool.add(NODES.textNode("NaN"));
        } else if (type.equals("boolean")) {
            pool.add(NODES.textNode("true"));
            pool.add(NODES.numberNode(1));
            pool.add(NODES.textNode("maybe"));
        } else if (type.equals("array")) {
            pool.add(NODES.textNode("not a list"));
            pool.add(NODES.objectNode());
            int max = schema.path("maxItems").asInt(UNBOUNDED_LIST);
            ArrayNode many = NODES.arrayNode();
            JsonNode item = plausible(resolve(schema.path("items")), 1);
            for (int i = 0; i <= max; i++) {
                many.add(item.deepCopy());
            }
            pool.add(many);
        } else if (type.equals("object")) {
            pool.add(NODES.textNode("not an object"));
            pool.add(NODES.arrayNode());
            pool.add(NODES.numberNode(42));
        } else if (format.equals("uuid")) {
            pool.add(NODES.textNode("not-a-uuid"));
            pool.add(NODES.textNode(UUID.randomUUID() + "\u0000"));
            pool.add(NODES.textNode(ASTRAL.repeat(18)));
            pool.add(NODES.numberNode(7));
        } else if (format.equals("date")) {
            pool.add(NODES.textNode("2013-02-30"));
            pool.add(NODES.textNode("-999999999-01-01"));
            pool.add(NODES.textNode("+999999999-12-31"));
            pool.add(NODES.textNode("1899-12-31"));
            pool.add(NODES.textNode("2101-01-01"));
            pool.add(NODES.textNode((2200 + random.nextInt(7000)) + "-01-01"));
            pool.add(NODES.numberNode(20260101));
            pool.add(NODES.arrayNode().add(2026).add(2).add(30));
        } else if (format.equals("date-time")) {
            pool.add(NODES.textNode("2013-02-30T10:00:00+08:00"));
            pool.add(NODES.textNode("+999999999-12-31T23:59:59Z"));
            pool.add(NODES.textNode("yesterday"));
        } else {
            int max = schema.path("maxLength").asInt(UNBOUNDED_TEXT);
            pool.add(NODES.textNode("x".repeat(max + 1)));
            pool.add(NODES.textNode(ASTRAL.repeat(max / 2 + 1)));
            pool.add(NODES.textNode("王\u0000明"));
            pool.add(NODES.textNode("王\u202E明"));
            pool.add(NODES.textNode("\u2066x\u2069"));
            pool.add(NODES.textNode("\uD800"));
            pool.add(NODES.textNode("line\u0007bell"));
            pool.add(NODES.objectNode());
            pool.add(NODES.arrayNode().add("x"));
            pool.add(NODES.numberNode(42));
            pool.add(NODES.booleanNode(true));
        }
        return pool;
    }

    /** A value that looks right for the schema; a case makes exactly one of its parts wrong. */
    private JsonNode plausible(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.path("enum").path(0).deepCopy();
        }
        String format = schema.path("format").asText("");
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    for (JsonNode required : schema.path("required")) {
                        object.set(required.asText(), plausible(schema.path("properties").path(required.asText()), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> schema.path("minItems").asInt(0) == 0 || depth >= 5
                    ? NODES.arrayNode()
                    : NODES.arrayNode().add(plausible(schema.path("items"), depth + 1));
            case "integer" -> NODES.numberNode(Math.max(schema.path("minimum").asInt(1), 1));
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            default -> switch (format) {
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date" -> NODES.textNode("2026-03-16");
                case "date-time" -> NODES.textNode("2026-03-16T10:00:00+08:00");
                default -> NODES.textNode("测试".repeat(Math.max(1, schema.path("minLength").asInt(1))));
            };
        };
    }

    /** Sets the value at a dotted path ({@code a.b[0].c}), creating plausible containers on the way. */
    private JsonNode put(JsonNode root, String path, JsonNode value, JsonNode rootSchema) {
        if (path.isEmpty()) {
            return value;
        }
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
            } else {
                if (bracket > 0) {
                    steps.add(part.substring(0, bracket));
                }
                steps.add("[0]");
            }
        }
        JsonNode node = root;
        JsonNode schema = resolve(rootSchema);
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step.equals("[0]")) {
                ArrayNode array = (ArrayNode) node;
                JsonNode items = resolve(schema.path("items"));
                if (last) {
                    array.removeAll();
                    array.add(value);
                    return root;
                }
                if (array.isEmpty()) {
                    array.add(plausible(items, 1));
                }
                node = array.get(0);
                schema = items;
            } else {
                ObjectNode object = (ObjectNode) node;
                JsonNode propertySchema = resolve(schema.path("properties").path(step));
                if (last) {
                    object.set(step, value);
                    return root;
                }
                JsonNode child = object.get(step);
                if (child == null || !(child.isObject() || child.isArray())) {
                    child = type(propertySchema).equals("array") ? NODES.arrayNode() : plausible(propertySchema, 1);
                    if (!(child.isObject() || child.isArray())) {
                        child = NODES.objectNode();
                    }
                    object.set(step, child);
                }
                node = child;
                schema = propertySchema;
            }
        }
        return root;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? NODES.objectNode() : schema;
        for (int i = 0; i < 10; i++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                current = document.at(ref.substring(1));
            } else if (current.has("allOf") && !current.has("properties") && !current.has("type")) {
                current = current.get("allOf").get(0);
            } else if (current.has("oneOf") && !current.has("type")) {
                current = current.get("oneOf").get(0);
            } else if (current.has("anyOf") && !current.has("type")) {
                current = current.get("anyOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "";
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asText("");
    }

    private <T> List<T> sample(List<T> pool, int count) {
        List<T> copy = new ArrayList<>(pool);
        List<T> chosen = new ArrayList<>();
        while (!copy.isEmpty() && chosen.size() < count) {
            chosen.add(copy.remove(random.nextInt(copy.size())));
        }
        return chosen;
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
        return shown.codePoints().mapToObj(c -> c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x2000 && c <= 0x206F) || c >= 0xFFF0
                ? String.format("\\u%04X", c)
                : new String(Character.toChars(c))).collect(Collectors.joining());
    }
}
