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

    private static final String PROBLEM_404 = "{\"type\":\"https://docs.thrizer.com/api/errors#not_found\","
            + "\"title\":\"Not Found\",\"status\":404,\"code\":\"not_found\",\"traceId\":\"abc12345\"}";

    private static List<String> outside(String method, String path, String origin, SimpleResponse response) {
        return ContractValidation.problems(method, path, origin, response);
    }

    private static SimpleResponse answer(int status, String contentType, String body) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(status).withHeader("X-Request-Id", "abc12345");
        if (contentType != null) {
            b = b.withContentType(contentType);
        }
        return body == null ? b.build() : b.withBody(body).build();
    }

    @Test
    void aPathOutsideTheContractMustAnswer404Problem() {
        assertEquals(
                List.of(),
                outside("GET", "/v1/no-such-thing", null, answer(404, "application/problem+json", PROBLEM_404)));
        assertTrue(outside("GET", "/v1/no-such-thing", null, answer(200, "application/json", "{}")).stream()
                .anyMatch(p -> p.contains("must answer 404")));
        assertTrue(outside("GET", "/v1/no-such-thing", null, answer(404, "text/html", "<html/>")).stream()
                .anyMatch(p -> p.contains("problem+json")));
    }

    @Test
    void aMethodTheContractDoesNotDeclareMustAnswer405Problem() {
        String problem = PROBLEM_404.replace("404", "405");
        assertEquals(List.of(), outside("PUT", "/v1/whoami", null, answer(405, "application/problem+json", problem)));
        assertTrue(outside("PUT", "/v1/whoami", null, answer(200, "application/json", "{}")).stream()
                .anyMatch(p -> p.contains("must answer 405")));
        assertTrue(outside("PUT", "/v1/whoami", null, answer(405, null, null)).stream()
                .anyMatch(p -> p.contains("problem+json")));
    }

    @Test
    void theWidgetsCorsPreflightIsTheOnlyRequestOutsideTheContractAndMustBeWhatTheGuideSays() {
        String origin = "https://calmminds.example";
        SimpleResponse allowed = SimpleResponse.Builder.status(204)
                .withHeader("Access-Control-Allow-Origin", origin)
                .build();
        assertEquals(List.of(), outside("OPTIONS", "/v1/public/widgets/calm-minds", origin, allowed));
        assertEquals(List.of(), outside("OPTIONS", "/v1/public/widgets/calm-minds/estimates", origin, allowed));
        assertTrue(!outside("OPTIONS", "/v1/public/widgets/calm-minds", "https://evil.example", allowed)
                .isEmpty());
        assertTrue(!outside("OPTIONS", "/v1/public/widgets/calm-minds", origin, answer(200, "text/plain", "hi"))
                .isEmpty());
        assertTrue(!outside("OPTIONS", "/v1/clients", origin, allowed).isEmpty());
    }
}
