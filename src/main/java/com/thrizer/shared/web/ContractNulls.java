package com.thrizer.shared.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code null} only where the contract allows it: a property of a generated model that {@code openapi.json}
 * does not declare {@code nullable: true} is left out of the answer when it has no value (an optional field is
 * absent, never {@code null}), so that no answer breaks a strict client. Properties declared nullable keep their
 * {@code null}. Inline object schemas (a property's own {@code properties}, an array's inline items) are read too,
 * under the names the generator gives their models. Read from the contract the service serves ({@code META-INF/openapi.json}), so a schema change needs no
 * code change.
 */
final class ContractNulls extends BeanSerializerModifier {
    private static final String MODEL_PACKAGE = "com.thrizer.api.generated.model.";
    private static final String MODEL_SUFFIX = "Dto";

    /** The declared properties of every generated model, by schema name (components and inline objects). */
    private final Map<String, JsonNode> declaredBySchema = new HashMap<>();

    private final JsonNode schemas;

    ContractNulls(JsonNode schemas) {
        this.schemas = schemas;
        schemas.fields().forEachRemaining(s -> collect(s.getKey(), s.getValue()));
    }

    /**
     * Records the properties of a schema and of the inline object schemas within it, under the names the generator
     * gives their models: the owner's name and the property's ({@code Insurance} + {@code subscriber}: {@code
     * InsuranceSubscriber}), with {@code Inner} for the items of an array ({@code PublicWidgetServicesInner}).
     */
    private void collect(String name, JsonNode schema) {
        List<JsonNode> parts = new ArrayList<>();
        parts.add(schema);
        schema.path("allOf").forEach(parts::add);
        for (JsonNode part : parts) {
            if (part.has("$ref")) {
                continue;
            }
            JsonNode declared = part.path("properties");
            if (!declared.isObject()) {
                continue;
            }
            ObjectNode merged =
                    (ObjectNode) declaredBySchema.computeIfAbsent(name, n -> JsonNodeFactory.instance.objectNode());
            merged.setAll((ObjectNode) declared);
            declared.fields().forEachRemaining(p -> {
                String inner = name
                        + Character.toUpperCase(p.getKey().charAt(0))
                        + p.getKey().substring(1);
                JsonNode value = p.getValue();
                if (value.has("properties") || value.has("allOf")) {
                    collect(inner, value);
                } else if (value.path("items").has("properties")) {
                    collect(inner + "Inner", value.path("items"));
                }
            });
        }
    }

    /** Whether the contract declares {@code schemaName}'s models (components or inline), for tests. */
    boolean knows(String schemaName) {
        return declaredBySchema.containsKey(schemaName) || schemas.has(schemaName);
    }

    static ContractNulls fromServedContract() {
        try (InputStream in = ContractNulls.class.getClassLoader().getResourceAsStream("META-INF/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/openapi.json is missing from the class path");
            }
            return new ContractNulls(
                    new ObjectMapper().readTree(in).path("components").path("schemas"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(
            SerializationConfig config, BeanDescription beanDesc, List<BeanPropertyWriter> properties) {
        String className = beanDesc.getBeanClass().getName();
        if (!className.startsWith(MODEL_PACKAGE) || !className.endsWith(MODEL_SUFFIX)) {
            return properties;
        }
        String schemaName = className.substring(MODEL_PACKAGE.length(), className.length() - MODEL_SUFFIX.length());
        JsonNode declared = declaredBySchema.get(schemaName);
        if (declared == null) {
            return properties;
        }
        for (int i = 0; i < properties.size(); i++) {
            BeanPropertyWriter writer = properties.get(i);
            if (!declared.path(writer.getName()).path("nullable").asBoolean(false)) {
                properties.set(i, new OmittedWhenNull(writer));
            }
        }
        return properties;
    }

    /** A property that is not written at all when its value is null. */
    private static final class OmittedWhenNull extends BeanPropertyWriter {
        OmittedWhenNull(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            if (get(bean) != null) {
                super.serializeAsField(bean, gen, prov);
            }
        }
    }
}
