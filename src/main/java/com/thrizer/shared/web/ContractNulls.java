package com.thrizer.shared.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes {@code null} only where the contract allows it: a property of a generated model that {@code openapi.json}
 * does not declare {@code nullable: true} is left out of the answer when it has no value (an optional field is
 * absent, never {@code null}), so that no answer breaks a strict client. Properties declared nullable keep their
 * {@code null}. Read from the contract the service serves ({@code META-INF/openapi.json}), so a schema change needs no
 * code change.
 */
final class ContractNulls extends BeanSerializerModifier {
    private static final String MODEL_PACKAGE = "com.thrizer.api.generated.model.";
    private static final String MODEL_SUFFIX = "Dto";

    private final JsonNode schemas;

    private ContractNulls(JsonNode schemas) {
        this.schemas = schemas;
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
        JsonNode declared = schemas.path(schemaName).path("properties");
        if (declared.isMissingNode()) {
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
