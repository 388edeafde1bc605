package com.thrizer.testing;

import static io.restassured.RestAssured.given;

/** Real signed access tokens from the dev issuer ({@code GET /dev/token}), verified by quarkus-oidc like any other. */
public final class Tokens {
    private Tokens() {}

    public static String of(String email) {
        return given().queryParam("email", email)
                .when()
                .get("/dev/token")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }
}
