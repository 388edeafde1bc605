package com.thrizer.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.RestAssured;
import io.restassured.config.ObjectMapperConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;

/**
 * Request builders for the common callers. Request bodies are the generated contract DTOs
 * ({@code com.thrizer.api.generated.model.*Dto}, fluent setters), so a contract change fails at compile time; they are
 * written with {@link #BODIES}. A body that cannot be a DTO on purpose (malformed JSON, unknown fields, wrong types,
 * explicit nulls, values outside an enum) is a string marked with {@link #rawJson}.
 */
public final class Api {
    /**
     * How the service's own Jackson writes JSON ({@code quarkus.jackson.write-dates-as-timestamps=false}: dates and
     * date-times as ISO strings; enums by their contract value, {@code @JsonValue} of the generated enums), except that
     * a field left unset is not sent: null fields and empty lists or sets (the generator initialises lists to empty)
     * are omitted, as a client that does not name a field does.
     */
    public static final ObjectMapper BODIES = bodies();

    private Api() {}

    private static ObjectMapper bodies() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        JsonInclude.Value nonEmpty =
                JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL);
        mapper.configOverride(List.class).setInclude(nonEmpty);
        mapper.configOverride(Set.class).setInclude(nonEmpty);
        return mapper;
    }

    /** A JSON request with a bearer token (user or API key). */
    public static RequestSpecification as(String token) {
        return json().auth().oauth2(token);
    }

    /** A JSON request without credentials. */
    public static RequestSpecification anonymous() {
        return json();
    }

    /** A JSON request whose object bodies are written with {@link #BODIES}. */
    public static RequestSpecification json() {
        return given().config(RestAssured.config()
                        .objectMapperConfig(ObjectMapperConfig.objectMapperConfig()
                                .jackson2ObjectMapperFactory((type, s) -> BODIES)))
                .contentType(ContentType.JSON);
    }

    /** A DTO as the JSON text it is sent as (to compare, or to break on purpose with {@link #rawJson}). */
    public static String json(Object dto) {
        try {
            return BODIES.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A body that is deliberately not a contract DTO (bad JSON, unknown fields, wrong types, explicit nulls, values
     * outside an enum): sent as written.
     */
    public static String rawJson(String json) {
        return json;
    }
}
