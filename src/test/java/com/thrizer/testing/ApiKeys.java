package com.thrizer.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Creates API keys through the API, as a practice admin would. */
public final class ApiKeys {
    private ApiKeys() {}

    /** The secret of a new key with these scopes. */
    public static String create(String adminToken, String... scopes) {
        return given().auth()
                .oauth2(adminToken)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "test key", "scopes", List.of(scopes)))
                .when()
                .post("/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
    }
}
