package com.thrizer.testing;

import static io.restassured.RestAssured.given;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Real signed access tokens from the dev issuer ({@code GET /dev/token}), verified by quarkus-oidc like any other. */
public final class Tokens {
    /** The dev and test issuer, and the audience the service requires ({@code quarkus.oidc.token.audience}). */
    public static final String ISSUER = "https://dev.thrizer.local";

    public static final String AUDIENCE = "thrizer-api";

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

    /** Claims of a hand-made token that the service accepts (issuer and audience set); sign with {@code sign()}. */
    public static JwtClaimsBuilder custom() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE);
    }
}
