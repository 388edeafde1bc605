package com.thrizer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The guard rail itself reads the contract strictly (plain unit test of the validator as the suite configures it). */
class ContractValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT = "/v1/clients/" + UUID.randomUUID();

    private static ObjectNode clientExample() throws IOException {
        JsonNode contract = JSON.readTree(Path.of("openapi.json").toFile());
        return (ObjectNode) contract.path("components")
                .path("schemas")
                .path("Client")
                .path("example")
                .deepCopy();
    }

    private static List<String> errors(int status, String contentType, String body) {
        ValidationReport report = ContractValidation.validator()
                .validateResponse(
                        CLIENT,
                        Request.Method.GET,
                        SimpleResponse.Builder.status(status)
                                .withContentType(contentType)
                                .withHeader("X-Request-Id", "abc12345")
                                .withBody(body)
                                .build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getKey)
                .toList();
    }

    @Test
    void theContractsOwnExampleIsValid() throws IOException {
        assertEquals(List.of(), errors(200, "application/json", clientExample().toString()));
    }

    @Test
    void aNullWhereTheContractDoesNotDeclareNullableBesideATypeIsAnError() throws IOException {
        ObjectNode client = clientExample();
        client.putNull("address");
        assertTrue(errors(200, "application/json", client.toString()).stream()
                .anyMatch(k -> k.startsWith("validation.response.body.schema")));
        ObjectNode named = clientExample();
        named.putNull("firstName");
        assertTrue(errors(200, "application/json", named.toString()).stream()
                .anyMatch(k -> k.startsWith("validation.response.body.schema")));
    }

    @Test
    void aPropertyTheContractClosesWithAdditionalPropertiesFalseIsAnError() throws IOException {
        ObjectNode client = clientExample();
        ((ObjectNode) client.path("address")).put("planet", "Mars");
        assertTrue(errors(200, "application/json", client.toString()).stream()
                .anyMatch(k -> k.startsWith("validation.response.body.schema")));
    }

    @Test
    void anUndeclaredStatusOrAnErrorThatIsNotProblemJsonIsAnError() {
        String problem = "{\"type\":\"https://docs.thrizer.com/api/errors#conflict\",\"title\":\"Conflict\","
                + "\"status\":409,\"code\":\"conflict\",\"traceId\":\"abc12345\"}";
        assertTrue(errors(409, "application/problem+json", problem).contains("validation.response.status.unknown"));
        assertTrue(errors(404, "application/json", problem).stream().anyMatch(k -> k.contains("contentType")));
    }
}
