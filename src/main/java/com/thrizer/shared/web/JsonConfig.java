package com.thrizer.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.thrizer.api.generated.model.ProblemDto;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.Set;

/**
 * Strict JSON input, for every body: a value must have the JSON type the contract declares. No coercion of strings
 * into numbers or booleans, of numbers, booleans or arrays into strings, dates, date-times or enums, of floats into
 * integers; no control characters in strings (PostgreSQL refuses NUL); no repeated element in a set. Missing required fields are left to bean
 * validation, which reports all of them at once (Jackson would stop at the first missing creator property).
 * Output: {@code null} only where the contract declares a property nullable ({@link ContractNulls}).
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    interface OmitNulls {}

    @Override
    public void customize(ObjectMapper mapper) {
        strict(mapper);
        mapper.addMixIn(ProblemDto.class, OmitNulls.class);
        mapper.registerModule(
                new SimpleModule("contract-nulls").setSerializerModifier(ContractNulls.fromServedContract()));
    }

    /** The input rules alone (also used by unit tests on a plain mapper). */
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        mapper.disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
        mapper.disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (CoercionInputShape shape : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Enum).setCoercion(shape, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(
                new NoRequiredMarkers(), mapper.getDeserializationConfig().getAnnotationIntrospector()));
        SimpleModule module = new SimpleModule("thrizer-strict-input");
        module.addDeserializer(String.class, new PlainText());
        module.setDeserializerModifier(new StringOnlyTemporals());
        mapper.registerModule(module);
        return mapper;
    }

    /**
     * {@code @JsonProperty(required = true)} of the generated creators makes Jackson fail on the first missing field;
     * without the marker the field is null and {@code @NotNull} reports every missing field in one answer.
     */
    static final class NoRequiredMarkers extends NopAnnotationIntrospector {
        @Override
        public Boolean hasRequiredMarker(AnnotatedMember m) {
            return Boolean.FALSE;
        }
    }

    /**
     * Dates and date-times come as JSON strings only: JavaTimeModule would take epoch numbers and [y,m,d] arrays.
     * Arrays the contract declares {@code uniqueItems} (generated as sets) refuse a repeated element rather than
     * silently dropping it.
     */
    static final class StringOnlyTemporals extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            if (Temporal.class.isAssignableFrom(beanDesc.getBeanClass())) {
                return new StringOnly(deserializer);
            }
            return deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            if (Set.class.isAssignableFrom(type.getRawClass())) {
                return new NoDuplicates(deserializer);
            }
            return deserializer;
        }
    }

    /** A set from a JSON array whose elements are all different. */
    static final class NoDuplicates extends DelegatingDeserializer {
        NoDuplicates(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new NoDuplicates(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                return super.deserialize(p, ctxt);
            }
            JsonNode array = ctxt.readTree(p);
            Set<JsonNode> seen = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                if (!seen.add(array.get(i))) {
                    DuplicateElementException e = new DuplicateElementException(p);
                    e.prependPath(array, i);
                    throw e;
                }
            }
            try (JsonParser elements = array.traverse(p.getCodec())) {
                elements.nextToken();
                return super.deserialize(elements, ctxt);
            }
        }
    }

    /** An array declared {@code uniqueItems} lists an element twice. */
    public static final class DuplicateElementException extends MismatchedInputException {
        DuplicateElementException(JsonParser p) {
            super(p, "Array lists an element twice");
        }
    }

    static final class StringOnly extends DelegatingDeserializer {
        StringOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new StringOnly(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** A JSON string without control characters other than tab, line feed and carriage return. */
    static final class PlainText extends StdScalarDeserializer<String> {
        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String value = p.getText();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                    throw new ControlCharacterException(p);
                }
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** A string with a control character (the value itself is not kept: it may be personal data). */
    public static final class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser p) {
            super(p, "String contains a control character", null, String.class);
        }
    }
}
