package com.thrizer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a JSON value against a schema of the contract ({@code openapi.json} at the project root), independently of
 * the generated code: $ref, type, nullable, required, properties, additionalProperties false, enum, items, allOf and
 * oneOf (exactly one), formats uuid, date and date-time. Returns what does not match (empty: it conforms).
 */
public final class ContractSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode contract;

    private ContractSchemas() {}

    public static List<String> violations(String schemaName, JsonNode value) {
        List<String> out = new ArrayList<>();
        check(ref("#/components/schemas/" + schemaName), value, "$", out);
        return out;
    }

    private static synchronized JsonNode contract() {
        if (contract == null) {
            try {
                contract = JSON.readTree(Path.of("openapi.json").toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return contract;
    }

    private static JsonNode ref(String ref) {
        return contract().at(ref.substring(1));
    }

    private static void check(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (schema.has("$ref")) {
            check(ref(schema.get("$ref").asText()), value, at, out);
            return;
        }
        if (value != null && value.isNull() && schema.path("nullable").asBoolean(false)) {
            return; // a nullable property (also one written as allOf of a $ref) may be null
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(s -> check(s, value, at, out));
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            List<String> closest = null;
            for (JsonNode s : schema.get("oneOf")) {
                List<String> errors = new ArrayList<>();
                check(s, value, at, errors);
                matching += errors.isEmpty() ? 1 : 0;
                if (closest == null || errors.size() < closest.size()) {
                    closest = errors;
                }
            }
            if (matching == 0) {
                out.add(at + ": matches none of oneOf; the closest: " + closest);
            }
            return;
        }
        if (value == null || value.isMissingNode()) {
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false) && schema.has("type")) {
                out.add(at + ": null but not nullable");
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    out.add(at + ": not an object");
                    return;
                }
                JsonNode props = schema.path("properties");
                for (JsonNode r : schema.path("required")) {
                    if (!value.has(r.asText())) {
                        out.add(at + "." + r.asText() + ": required but missing");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (props.has(f.getKey())) {
                        check(props.get(f.getKey()), f.getValue(), at + "." + f.getKey(), out);
                    } else if (schema.path("additionalProperties").isBoolean()
                            && !schema.get("additionalProperties").asBoolean()) {
                        out.add(at + "." + f.getKey() + ": not in the schema");
                    } else if (!schema.has("additionalProperties") && props.size() > 0) {
                        out.add(at + "." + f.getKey() + ": undocumented property");
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    out.add(at + ": not an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.path("items"), value.get(i), at + "[" + i + "]", out);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    out.add(at + ": not a string");
                    return;
                }
                format(schema.path("format").asText(""), value.asText(), at, out);
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    out.add(at + ": not an integer");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    out.add(at + ": not a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    out.add(at + ": not a boolean");
                }
            }
            default -> {}
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                out.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }

    private static void format(String format, String text, String at, List<String> out) {
        try {
            switch (format) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                default -> {}
            }
        } catch (RuntimeException e) {
            out.add(at + ": not a " + format + ": " + text);
        }
    }
}
