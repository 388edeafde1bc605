package com.thrizer.testing;

import io.restassured.response.Response;

/** Setting up a client for benefit checks through the API. */
public final class Benefits {
    private Benefits() {}

    /** Links insurance for the signed-in client. */
    public static void insure(String clientToken, String insurer, String memberId) {
        Api.as(clientToken)
                .body("{\"insurer\": \"" + insurer + "\", \"memberId\": \"" + memberId
                        + "\", \"planType\": \"COMMERCIAL\"," + " \"subscriberRelationship\": \"SELF\"}")
                .when()
                .put("/v1/me/insurance")
                .then()
                .statusCode(200);
    }

    /** Runs a check for a CPT code and fee; returns the response body path helper. */
    public static Response check(String token, String clientId, String cpt, long feeCents) {
        return Api.as(token)
                .body("{\"cptCode\": \"" + cpt + "\", \"sessionFeeAmount\": " + feeCents + "}")
                .when()
                .post("/v1/clients/" + clientId + "/benefit-checks");
    }

    public static void diagnose(String token, String clientId) {
        Api.as(token)
                .body("{\"codes\": [\"F41.1\"]}")
                .when()
                .put("/v1/clients/" + clientId + "/diagnoses")
                .then()
                .statusCode(200);
    }
}
