package com.thrizer.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.shared.web.JsonConfig;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 14, item 15: the mapping of JSON bodies is strict (unit test of the shared mapper configuration). */
class StrictJsonTest {
    private static final ObjectMapper JSON = JsonConfig.strict(new ObjectMapper().registerModule(new JavaTimeModule()));

    public static class Sample {
        public LocalDate date;
        public OffsetDateTime at;
        public String text;
        public Integer count;
        public Long amount;
        public Boolean flag;
        public Kind kind;
        public List<String> names;
        public Set<Kind> kinds;
    }

    public enum Kind {
        ONE,
        TWO
    }

    @Test
    void refusesEveryCoercion() {
        List<String> refused = List.of(
                "{\"date\": 12345}",
                "{\"date\": [2001, 2, 3]}",
                "{\"date\": true}",
                "{\"date\": 1.5}",
                "{\"date\": \"\"}",
                "{\"at\": 1700000000}",
                "{\"at\": 1700000000.5}",
                "{\"at\": [2026, 1, 1, 0, 0]}",
                "{\"text\": 12}",
                "{\"text\": 1.5}",
                "{\"text\": true}",
                "{\"text\": [\"a\"]}",
                "{\"count\": \"12\"}",
                "{\"count\": 1.5}",
                "{\"count\": 1.0}",
                "{\"count\": true}",
                "{\"amount\": \"1\"}",
                "{\"amount\": 2.5}",
                "{\"flag\": 1}",
                "{\"flag\": \"true\"}",
                "{\"kind\": 0}",
                "{\"kind\": \"\"}",
                "{\"kind\": true}",
                "{\"names\": \"a\"}",
                "{\"names\": [1]}",
                "{\"text\": \"a\\u0000b\"}",
                "{\"names\": [\"a\\u0007\"]}");
        for (String json : refused) {
            assertThrows(JsonProcessingException.class, () -> JSON.readValue(json, Sample.class), json);
        }
    }

    @Test
    void namesTheFieldOfAWrongType() {
        MismatchedInputException e = assertThrows(
                MismatchedInputException.class, () -> JSON.readValue("{\"date\": [2001, 2, 3]}", Sample.class));
        assertEquals("date", e.getPath().get(0).getFieldName());
    }

    @Test
    void refusesARepeatedElementOfASet() throws Exception {
        JsonConfig.DuplicateElementException e = assertThrows(
                JsonConfig.DuplicateElementException.class,
                () -> JSON.readValue("{\"kinds\": [\"ONE\", \"TWO\", \"ONE\"]}", Sample.class));
        assertEquals("kinds", e.getPath().get(0).getFieldName());
        assertEquals(2, e.getPath().get(1).getIndex());
        assertEquals(
                2,
                JSON.readValue("{\"kinds\": [\"ONE\", \"TWO\"]}", Sample.class)
                        .kinds
                        .size());
    }

    @Test
    void acceptsWhatTheContractDeclares() throws Exception {
        Sample s = JSON.readValue(
                "{\"date\": \"2001-02-03\", \"at\": \"2026-11-01T10:00:00Z\", \"text\": \"tab\\tand\\nlines\","
                        + " \"count\": 3, \"amount\": 12345678901, \"flag\": false, \"kind\": \"TWO\","
                        + " \"names\": [\"a\"]}",
                Sample.class);
        assertEquals(LocalDate.of(2001, 2, 3), s.date);
        assertEquals(Kind.TWO, s.kind);
        assertEquals("tab\tand\nlines", s.text);
        Sample nulls = JSON.readValue("{\"date\": null, \"text\": null, \"kind\": null}", Sample.class);
        assertNull(nulls.date);
    }

    @Test
    void leavesMissingRequiredFieldsToBeanValidationSoThatAllAreReported() throws Exception {
        CreateClientRequestDto dto = JSON.readValue("{\"phone\": \"+12125550100\"}", CreateClientRequestDto.class);
        assertNull(dto.getFirstName());
        assertNull(dto.getEmail());
        assertEquals("+12125550100", dto.getPhone());
    }
}
