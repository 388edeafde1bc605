package com.thrizer.testing;

import io.restassured.response.ValidatableResponse;

/** The operator's view of the ledger. */
public final class Ledger {
    private Ledger() {}

    /** The ledger check ({@code GET /v1/admin/ledger/check}) as the operator, answered 200. */
    public static ValidatableResponse check() {
        return Api.as(Tokens.of("operator@demo.test"))
                .when()
                .get("/v1/admin/ledger/check")
                .then()
                .statusCode(200);
    }
}
