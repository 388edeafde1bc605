package com.thrizer.support;

import static org.hamcrest.Matchers.is;

import com.thrizer.api.generated.model.CreateSupportRequestDto;
import com.thrizer.api.generated.model.SupportTopicDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.Charges;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestClient;
import com.thrizer.testing.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 14, item 6: a support request may only point at the client's own claims and payments. */
@QuarkusTest
class SupportRequestReferencesTest {
    @Inject
    TestData data;

    /** A payment question about this claim and/or charge (null: not named). */
    private static ValidatableResponse ask(String token, String claimId, String chargeId) {
        return Api.as(token)
                .body(new CreateSupportRequestDto()
                        .topic(SupportTopicDto.PAYMENT_QUESTION)
                        .message("About this one.")
                        .relatedClaimId(claimId == null ? null : UUID.fromString(claimId))
                        .relatedChargeId(chargeId == null ? null : UUID.fromString(chargeId)))
                .when()
                .post("/v1/me/support-requests")
                .then();
    }

    private static String claimOf(String admin, String chargeId) {
        return Api.as(admin)
                .when()
                .get("/v1/charges/" + chargeId)
                .then()
                .extract()
                .path("claimId");
    }

    @Test
    void onlyTheClientsOwnClaimsAndPaymentsMayBeReferenced() {
        PayingClient p = PayingClient.of(data, "Support References");
        p.insuredWithCheck();
        String charge = p.charge("OON_PAY", 20000);
        String claim = claimOf(p.admin, charge);

        // another client of the same practice, with a payment
        TestClient neighbour = p.practice.newClient("neighbour");
        String neighbourId = neighbour.id();
        String neighbourCard = neighbour.card("tok_visa");
        String neighbourCharge = Charges.create(
                        p.admin, Charges.body(neighbourId, p.clinicianId, neighbourCard, "SELF_PAY", "SESSION", 9000))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // a client of another practice, with a claim
        PayingClient stranger = PayingClient.of(data, "Support Strangers");
        stranger.insuredWithCheck();
        String strangerClaim = claimOf(stranger.admin, stranger.charge("OON_PAY", 20000));

        ask(p.client, claim, charge)
                .statusCode(201)
                .body("relatedClaimId", is(claim))
                .body("relatedChargeId", is(charge));
        for (String foreign : new String[] {
            neighbourCharge,
            stranger.charge("SELF_PAY", 5000),
            claim,
            UUID.randomUUID().toString()
        }) {
            ask(p.client, null, foreign)
                    .statusCode(422)
                    .body("code", is("related_charge_not_found"))
                    .body("param", is("relatedChargeId"));
        }
        for (String foreign :
                new String[] {strangerClaim, charge, UUID.randomUUID().toString()}) {
            ask(p.client, foreign, null)
                    .statusCode(422)
                    .body("code", is("related_claim_not_found"))
                    .body("param", is("relatedClaimId"));
        }
        ask(stranger.client, claim, null).statusCode(422).body("code", is("related_claim_not_found"));
    }
}
