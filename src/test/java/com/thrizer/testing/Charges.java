package com.thrizer.testing;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;

/** Cards, charges and refunds through the API. */
public final class Charges {
    private Charges() {}

    /** Adds a card for the signed-in client; returns its id. */
    public static String card(String clientToken, String processorToken) {
        return Api.as(clientToken)
                .body("{\"token\": \"" + processorToken + "\"}")
                .when()
                .post("/v1/me/payment-methods")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The body of a session charge (90837, 53 minutes, telehealth) dated yesterday. */
    public static String body(
            String clientId, String clinicianId, String cardId, String type, String kind, long feeCents) {
        return "{\"clientId\": \"" + clientId + "\", \"clinicianId\": \"" + clinicianId + "\", \"paymentMethodId\": \""
                + cardId + "\", \"paymentType\": \"" + type + "\", \"kind\": \"" + kind + "\", \"sessionFeeAmount\": "
                + feeCents + ", \"appointmentDate\": \""
                + LocalDate.now().minusDays(1)
                + "\", \"cptCode\": \"90837\", \"durationMinutes\": 53, \"placeOfService\": \"10\", \"modifiers\": [\"95\"]}";
    }

    public static Response create(String token, String body) {
        return create(token, UUID.randomUUID().toString(), body);
    }

    public static Response create(String token, String key, String body) {
        return Api.as(token).header("Idempotency-Key", key).body(body).when().post("/v1/charges");
    }

    public static Response refund(String token, String chargeId, Long amount) {
        String body = amount == null
                ? "{\"reason\": \"REQUESTED_BY_CLIENT\"}"
                : "{\"amount\": " + amount + ", \"reason\": \"REQUESTED_BY_CLIENT\"}";
        return Api.as(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .when()
                .post("/v1/charges/" + chargeId + "/refunds");
    }
}
