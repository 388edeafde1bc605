package com.thrizer.testing;

import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.CreateChargeRequestDto;
import com.thrizer.api.generated.model.CreatePaymentMethodRequestDto;
import com.thrizer.api.generated.model.CreateRefundRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.api.generated.model.PlaceOfServiceDto;
import com.thrizer.api.generated.model.RefundReasonDto;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Cards, charges and refunds through the API. */
public final class Charges {
    private Charges() {}

    /** Adds a card for the signed-in client; returns its id. */
    public static String card(String clientToken, String processorToken) {
        return Api.as(clientToken)
                .body(new CreatePaymentMethodRequestDto().token(processorToken))
                .when()
                .post("/v1/me/payment-methods")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The body of a session charge (90837, 53 minutes, telehealth) dated yesterday. */
    public static CreateChargeRequestDto body(
            String clientId, String clinicianId, String cardId, String type, String kind, long feeCents) {
        return new CreateChargeRequestDto()
                .clientId(UUID.fromString(clientId))
                .clinicianId(UUID.fromString(clinicianId))
                .paymentMethodId(UUID.fromString(cardId))
                .paymentType(PaymentTypeDto.fromValue(type))
                .kind(ChargeKindDto.fromValue(kind))
                .sessionFeeAmount(feeCents)
                .appointmentDate(LocalDate.now().minusDays(1))
                .cptCode("90837")
                .durationMinutes(53)
                .placeOfService(PlaceOfServiceDto._10)
                .modifiers(new ArrayList<>(List.of("95")));
    }

    /** Creates a charge with a fresh idempotency key; the body is a DTO, or a {@link Api#rawJson} string. */
    public static Response create(String token, Object body) {
        return create(token, UUID.randomUUID().toString(), body);
    }

    public static Response create(String token, String key, Object body) {
        return Api.as(token).header("Idempotency-Key", key).body(body).when().post("/v1/charges");
    }

    public static Response refund(String token, String chargeId, Long amount) {
        CreateRefundRequestDto body =
                new CreateRefundRequestDto().amount(amount).reason(RefundReasonDto.REQUESTED_BY_CLIENT);
        return Api.as(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .when()
                .post("/v1/charges/" + chargeId + "/refunds");
    }
}
