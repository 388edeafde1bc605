package com.thrizer.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.thrizer.testing.Api;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorHandlingTest {
    @Inject
    TestData data;

    @Test
    void answersAGeneric500WithATraceIdAndNoDetails() {
        String requestId = given().when()
                .get("/test-only/failure")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("code", is("internal_error"))
                .body("traceId", matchesPattern("[0-9a-f]{16}"))
                .body(not(containsString("Jane")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at com.")))
                .extract()
                .header("X-Request-Id");
        given().when().get("/test-only/failure").then().body("traceId", not(is(requestId)));
    }

    @Test
    void answersProblemsForUnknownRoutes() {
        given().when()
                .get("/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", is("not_found"));
    }

    @Test
    void echoesASafeRequestIdAndReplacesAnUnsafeOne() {
        given().header("X-Request-Id", "client-chosen-id-42")
                .when()
                .get("/v1/whoami")
                .then()
                .header("X-Request-Id", "client-chosen-id-42")
                .body("traceId", is("client-chosen-id-42"));
        given().header("X-Request-Id", "<script>")
                .when()
                .get("/v1/whoami")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f]{16}"));
    }

    @Test
    void doesNotAnswerCallersWithoutAPracticeOnPracticeEndpoints() {
        TestPractice practice = data.practice("Errors Practice");
        given().auth()
                .oauth2(practice.clientToken())
                .when()
                .get("/v1/practice")
                .then()
                .statusCode(403)
                .body("code", is("forbidden"));
    }

    @Test
    void refusesOversizedBodies() {
        String huge = Api.rawJson("{\"name\": \"" + "x".repeat(1_100_000) + "\"}"); // over the size limit
        given().contentType("application/json")
                .body(huge)
                .when()
                .patch("/v1/practice")
                .then()
                .statusCode(413);
    }
}
