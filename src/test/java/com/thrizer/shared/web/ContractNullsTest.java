package com.thrizer.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.api.generated.model.InsuranceSubscriberDto;
import com.thrizer.api.generated.model.PublicWidgetServicesInnerDto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 14 item 17 (review): nulls are left out of inline object models too, not only of component schemas. */
class ContractNullsTest {
    private static final Path MODELS =
            Path.of("target/generated-sources/openapi/src/gen/java/com/thrizer/api/generated/model");

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new JsonConfig().customize(mapper);
        return mapper;
    }

    @Test
    void anInlineObjectsMissingOptionalFieldIsOmittedNotNull() throws IOException {
        ObjectMapper mapper = mapper();
        InsuranceSubscriberDto subscriber = new InsuranceSubscriberDto();
        subscriber.setFirstName("Sam");
        assertEquals("{\"firstName\":\"Sam\"}", mapper.writeValueAsString(subscriber));
        JsonNode service = mapper.valueToTree(new PublicWidgetServicesInnerDto());
        assertEquals(0, service.size(), service.toString());
    }

    @Test
    void everyGeneratedModelIsFoundInTheContract() throws IOException {
        JsonNode schemas = new ObjectMapper()
                .readTree(Path.of("openapi.json").toFile())
                .path("components")
                .path("schemas");
        ContractNulls nulls = new ContractNulls(schemas);
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith("Dto.java") && Files.readString(f).contains("public class ")) {
                    String schema = name.substring(0, name.length() - "Dto.java".length());
                    if (!nulls.knows(schema)) {
                        unknown.add(schema);
                    }
                }
            }
        }
        assertEquals(List.of(), unknown, "generated models whose schema ContractNulls does not find");
    }
}
