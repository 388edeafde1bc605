package com.thrizer.prod;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The packaged application while its OIDC provider is down: API keys keep working, bearer tokens get a problem. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = UnreachableIssuerResource.class, restrictToAnnotatedClass = true)
class UnreachableIssuerIT {

    @Test
    void keepsAuthenticatingApiKeysWhileTheOidcProviderIsDown() throws Exception {
        UUID practice = UUID.randomUUID();
        String secret = ProdData.insertPracticeWithKey(UnreachableIssuerResource.jdbcUrl, practice, "thz_test_");
        given().header("X-Api-Key", secret)
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(200)
                .body("practiceId", is(practice.toString()));
        given().auth().oauth2(secret).when().get("/v1/practice").then().statusCode(200);
    }

    @Test
    void answersBearerTokensWithAProblemWhileTheOidcProviderIsDown() {
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
                .when()
                .get("/v1/whoami")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", is("identity_provider_unavailable"));
    }
}
