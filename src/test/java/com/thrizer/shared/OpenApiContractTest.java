package com.thrizer.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void servesTheContractFileVerbatim() throws Exception {
        ObjectMapper om = new ObjectMapper();
        JsonNode file = om.readTree(Path.of("openapi.json").toFile());
        String served = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode servedTree = om.readTree(served);
        assertEquals(null, firstDifference("", file, servedTree), "first difference between file and served document");
        assertEquals(file, servedTree);
    }

    /** The JSON pointer of the first difference, or null. */
    static String firstDifference(String at, JsonNode a, JsonNode b) {
        if (a.equals(b)) {
            return null;
        }
        if (a.isObject() && b.isObject()) {
            var names = new TreeSet<String>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                if (!a.has(n) || !b.has(n)) {
                    return at + "/" + n;
                }
                String d = firstDifference(at + "/" + n, a.get(n), b.get(n));
                if (d != null) {
                    return d;
                }
            }
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String d = firstDifference(at + "/" + i, a.get(i), b.get(i));
                if (d != null) {
                    return d;
                }
            }
        }
        return at;
    }

    @Test
    void servesSwaggerUiWithBothSecuritySchemes() throws Exception {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        JsonNode schemes = new ObjectMapper()
                .readTree(Path.of("openapi.json").toFile())
                .path("components")
                .path("securitySchemes");
        assertEquals("bearer", schemes.path("oidc").path("scheme").asText());
        assertEquals("X-Api-Key", schemes.path("apiKey").path("name").asText());
    }

    @Test
    void exposesHealthAndMetrics() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem(containsString("Database")));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
