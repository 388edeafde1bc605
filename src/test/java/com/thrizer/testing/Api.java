package com.thrizer.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request builders for the common callers. */
public final class Api {
    private Api() {}

    /** A JSON request with a bearer token (user or API key). */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A JSON request without credentials. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }
}
