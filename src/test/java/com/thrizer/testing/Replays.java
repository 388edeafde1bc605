package com.thrizer.testing;

import static org.hamcrest.Matchers.is;

import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** Retries of a creation under one idempotency key. */
public final class Replays {
    private Replays() {}

    /**
     * Posts the same body twice under one fresh idempotency key: the first creates (201), the second is the replay of
     * the first (201, {@code Idempotent-Replayed: true}, the same id). Returns that id.
     */
    public static String createdOnceByTwoPosts(String token, String path, Object body) {
        String key = UUID.randomUUID().toString();
        String first = post(token, key, path, body).statusCode(201).extract().path("id");
        post(token, key, path, body)
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", is(first));
        return first;
    }

    private static ValidatableResponse post(String token, String key, String path, Object body) {
        return Api.as(token)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(path)
                .then();
    }
}
