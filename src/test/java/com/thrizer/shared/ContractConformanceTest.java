package com.thrizer.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.testing.Api;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract says what the service answers, and the service answers only what the contract says (every answer of
 * these tests is also validated against {@code openapi.json} by {@link com.thrizer.testing.ContractValidation}).
 */
@QuarkusTest
class ContractConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Inject
    TestData data;

    TestPractice practice;
    JsonNode contract;

    @BeforeEach
    void setUp() throws IOException {
        practice = data.practice("Conformance Practice");
        contract = JSON.readTree(Path.of("openapi.json").toFile());
    }

    // --- item 17: absent optional fields are left out; null only where the contract declares nullable + type ---

    @Test
    void nullableIsOnlyDeclaredBesideATypeAsStrictOpenApi30ReadersRequire() {
        List<String> loose = new ArrayList<>();
        walk(contract, "#", (node, at) -> {
            if (node.path("nullable").asBoolean(false) && !node.has("type")) {
                loose.add(at);
            }
        });
        assertEquals(List.of(), loose, "nullable without a type is 'never null' under OpenAPI 3.0.3");
    }

    @Test
    void optionalFieldsWithoutValueAreLeftOutOfAnswersAndEvents() {
        String admin = practice.adminToken();
        Response created = Api.as(admin)
                .body(Map.of(
                        "firstName",
                        "Ada",
                        "lastName",
                        "Lovelace",
                        "email",
                        TestData.uniqueEmail("ada"),
                        "clinicianId",
                        practice.clinicianMemberId().toString()))
                .when()
                .post("/v1/clients");
        created.then().statusCode(201).body("$", not(hasKey("address"))).body("$", not(hasKey("defaultPaymentMethod")));
        String clientId = created.path("id");

        Api.as(admin)
                .when()
                .get("/v1/clients/" + clientId)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("address")))
                .body("phone", is((Object) null)) // declared nullable: still written
                .body("$", hasKey("phone"));
        Api.as(admin)
                .queryParam("type", "client.created")
                .when()
                .get("/v1/events")
                .then()
                .statusCode(200)
                .body("data.find { it.data.object.id == '" + clientId + "' }.data.object", not(hasKey("address")));
    }

    // --- item 20: an event narrows to one schema by its type ---

    @Test
    void everyEventTypeNarrowsToTheSchemaOfItsObject() {
        JsonNode schemas = contract.path("components").path("schemas");
        JsonNode event = schemas.path("Event");
        assertEquals("type", event.path("discriminator").path("propertyName").asText());
        JsonNode mapping = event.path("discriminator").path("mapping");
        Set<String> types = new TreeSet<>();
        schemas.path("EventType").path("enum").forEach(t -> types.add(t.asText()));
        Set<String> mapped = new TreeSet<>();
        mapping.fieldNames().forEachRemaining(mapped::add);
        assertEquals(types, mapped, "every event type is in the discriminator mapping");

        Set<String> members = new HashSet<>();
        event.path("oneOf").forEach(m -> members.add(m.path("$ref").asText()));
        Map<String, Set<String>> typesBySchema = new HashMap<>();
        mapping.fields()
                .forEachRemaining(e -> typesBySchema
                        .computeIfAbsent(e.getValue().asText(), k -> new TreeSet<>())
                        .add(e.getKey()));
        assertEquals(members, typesBySchema.keySet(), "the mapping names exactly the oneOf members");
        typesBySchema.forEach((ref, mappedTypes) -> {
            JsonNode member = contract.at(ref.substring(1));
            Set<String> declared = new TreeSet<>();
            member.path("properties").path("type").path("enum").forEach(t -> declared.add(t.asText()));
            assertEquals(mappedTypes, declared, ref + ": its type enum is exactly the types mapped to it");
            assertTrue(
                    member.path("properties")
                            .path("data")
                            .path("properties")
                            .path("object")
                            .has("$ref"),
                    ref + ": data.object is one schema");
        });
    }

    // --- item 18: statuses the service answers are declared ---

    @Test
    void aJsonBodyOverOneMebibyteIsA413OnEveryOperationWithAJsonBody() {
        String big = Api.rawJson("{\"x\":\"" + "a".repeat(1024 * 1024) + "\"}"); // over the size limit
        int tried = 0;
        for (Operation op : operations()) {
            if (!op.node.path("requestBody").path("content").has("application/json")) {
                continue;
            }
            given().contentType(ContentType.JSON)
                    .body(big)
                    .when()
                    .request(op.method.toUpperCase(), op.concretePath())
                    .then()
                    .statusCode(413)
                    .body("code", is("payload_too_large"));
            tried++;
        }
        assertTrue(tried >= 35, "operations with a JSON body: " + tried);
    }

    @Test
    void anIdempotencyKeyOver255CharactersIsA400OnEveryOperationThatTakesOne() {
        String admin = practice.adminToken();
        String client = practice.clientToken();
        String operator = Tokens.of("operator@demo.test");
        int tried = 0;
        for (Operation op : operations()) {
            if (!op.hasParameter("Idempotency-Key")
                    || op.node.has("requestBody")
                            && !op.node.path("requestBody").path("content").has("application/json")) {
                continue;
            }
            String token = op.path.startsWith("/v1/admin/") ? operator : op.path.startsWith("/v1/me/") ? client : admin;
            Api.as(token)
                    .header("Idempotency-Key", "k".repeat(256))
                    .body("{}")
                    .when()
                    .request(op.method.toUpperCase(), op.concretePath())
                    .then()
                    .statusCode(400);
            tried++;
        }
        assertTrue(tried >= 20, "operations with an Idempotency-Key: " + tried);
    }

    @Test
    void aMalformedInvitationTokenOrAnOverlongSlugIsA400() {
        Api.as(practice.clientToken())
                .when()
                .post("/v1/invitations/not a token!/accept")
                .then()
                .statusCode(400);
        Api.anonymous()
                .when()
                .get("/v1/public/widgets/" + "s".repeat(51))
                .then()
                .statusCode(400);
    }

    @Test
    void deletingAWebhookEndpointWithAnUnacceptableAcceptIsA406() {
        Api.as(practice.adminToken())
                .accept("text/html")
                .when()
                .delete("/v1/webhook-endpoints/" + UUID.randomUUID())
                .then()
                .statusCode(406);
    }

    // --- helpers ---

    private record Operation(String method, String path, JsonNode node, JsonNode pathItem, JsonNode contract) {
        boolean hasParameter(String name) {
            for (JsonNode list : List.of(pathItem.path("parameters"), node.path("parameters"))) {
                for (JsonNode p : list) {
                    JsonNode resolved =
                            p.has("$ref") ? contract.at(p.get("$ref").asText().substring(1)) : p;
                    if (name.equals(resolved.path("name").asText())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The path with every parameter filled with a well-formed value (an id nobody has). */
        String concretePath() {
            return path.replaceAll("\\{token}", "tok" + "0".repeat(40))
                    .replaceAll("\\{slug}", "no-such-slug")
                    .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
        }
    }

    private List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        contract.path("paths")
                .fields()
                .forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
                    if (METHODS.contains(m.getKey())) {
                        out.add(new Operation(m.getKey(), p.getKey(), m.getValue(), p.getValue(), contract));
                    }
                }));
        return out;
    }

    private static void walk(JsonNode node, String at, BiConsumer<JsonNode, String> visit) {
        if (node.isObject()) {
            visit.accept(node, at);
            node.fields().forEachRemaining(e -> walk(e.getValue(), at + "/" + e.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, visit);
            }
        }
    }
}
