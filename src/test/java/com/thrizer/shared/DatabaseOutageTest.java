package com.thrizer.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A request whose database connection goes away mid-request (its backend terminated, as a restart does) answers
 * {@code 503 service_unavailable} with {@code Retry-After}, whether it fails at a statement or at the commit, and the
 * pool recovers for the next request.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void aBackendTerminatedDuringAStatementAnswers503WithRetryAfter() {
        given().when()
                .post("/test-only/database/terminated-during-statement")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("code", is("service_unavailable"))
                .body(not(containsString("terminating")));
        given().when().get("/test-only/database/ok").then().statusCode(200).body(is("1"));
    }

    @Test
    void aBackendTerminatedBeforeTheCommitAnswers503WithRetryAfter() {
        given().when()
                .post("/test-only/database/terminated-before-commit")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("code", is("service_unavailable"));
        given().when().get("/test-only/database/ok").then().statusCode(200).body(is("1"));
    }
}
