package com.thrizer.shared.idempotency;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.api.generated.model.CreateClientRequestDto;
import com.thrizer.api.generated.model.CreateManualClaimRequestDto;
import com.thrizer.api.generated.model.CreateRefundRequestDto;
import com.thrizer.api.generated.model.RefundReasonDto;
import com.thrizer.processor.CardDetails;
import com.thrizer.processor.ChargeOutcome;
import com.thrizer.processor.PaymentProcessor;
import com.thrizer.processor.SandboxPaymentProcessor;
import com.thrizer.shared.crypto.Hashes;
import com.thrizer.shared.money.Money;
import com.thrizer.testing.Api;
import com.thrizer.testing.Benefits;
import com.thrizer.testing.Charges;
import com.thrizer.testing.ManualClaims;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.Tokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a review of the per-caller idempotency scopes found: a rolling upgrade (rows of the earlier practice-wide
 * scope), absolute Locations stored by earlier releases, a takeover with a different body, and a slow run that lost
 * its claim.
 */
@QuarkusTest
class IdempotencyReviewTest {
    @Inject
    TestData data;

    @Inject
    IdempotencyConfig config;

    @Inject
    PaymentProcessor processor;

    PayingClient p;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Idempotency Review");
    }

    private void leftInFlight(String key, long secondsAgo) {
        InFlightKeys.leftInFlight(data, config.inFlightTimeout(), key, secondsAgo);
    }

    @Test
    void aRetryFindsTheChargeAnInstanceOfTheEarlierReleaseMade() {
        String key = UUID.randomUUID().toString();
        var body = p.body("SELF_PAY", "SESSION", 15000);
        String id = Charges.create(p.admin, key, body)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // as an instance still on the earlier release leaves it: the practice-wide scope, its answer not found here
        data.update(
                "UPDATE charges SET idempotency_scope = 'practice:' || practice_id WHERE idempotency_key = ?1", key);
        data.update("DELETE FROM idempotency_keys WHERE idempotency_key = ?1", key);

        Charges.create(p.admin, key, body).then().statusCode(201).body("id", is(id));
        assertEquals(1, data.count("SELECT count(*) FROM charges WHERE idempotency_key = ?1", key));

        // another caller of the practice with the same key makes their own
        Charges.create(Tokens.of(p.practice.staffEmail()), key, body)
                .then()
                .statusCode(201)
                .body("id", not(is(id)));
        assertEquals(2, data.count("SELECT count(*) FROM charges WHERE idempotency_key = ?1", key));
    }

    @Test
    void aRetryFindsTheRefundAnInstanceOfTheEarlierReleaseMade() {
        String chargeId = p.charge("SELF_PAY", 15000);
        String key = UUID.randomUUID().toString();
        CreateRefundRequestDto body =
                new CreateRefundRequestDto().amount(5000L).reason(RefundReasonDto.REQUESTED_BY_CLIENT);
        String refundId = Api.as(p.admin)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/v1/charges/" + chargeId + "/refunds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(
                1,
                data.update(
                        "UPDATE refunds SET idempotency_scope = 'practice:' || practice_id WHERE idempotency_key = ?1",
                        key));
        assertEquals(1, data.update("DELETE FROM idempotency_keys WHERE idempotency_key = ?1", key));
        assertEquals(
                "practice:" + p.practice.id() + " "
                        + data.scalar("SELECT created_by FROM charges WHERE id = ?1", UUID.fromString(chargeId)),
                data.scalar(
                        "SELECT idempotency_scope || ' ' || created_by FROM refunds WHERE id = ?1",
                        UUID.fromString(refundId)));

        Api.as(p.admin)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/v1/charges/" + chargeId + "/refunds")
                .then()
                .statusCode(201)
                .body("id", is(refundId));
        assertEquals(1, data.count("SELECT count(*) FROM refunds WHERE idempotency_key = ?1", key));
    }

    @Test
    void aClientClaimBegunByTheEarlierReleaseIsFiledOnceAndItsFeeChargedOnce() {
        Benefits.insure(
                p.client, "UHC", "SBX-DEDMET-" + UUID.randomUUID().toString().substring(0, 6));
        CreateManualClaimRequestDto fields = ManualClaims.valid();

        // an instance of the earlier release charged the fee under its client-wide key, then died before filing
        String key = UUID.randomUUID().toString();
        String cardRef = (String)
                data.scalar("SELECT processor_ref FROM payment_methods WHERE id = ?1", UUID.fromString(p.visa));
        ChargeOutcome earlierFee = processor.charge(
                cardRef,
                Money.usd(200),
                "claimfee_"
                        + Hashes.sha256Hex("client:" + p.clientId + ":" + key).substring(0, 48));
        String claimId = Api.as(p.client)
                .header("Idempotency-Key", key)
                .body(fields)
                .when()
                .post("/v1/me/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(
                earlierFee.processorChargeId(),
                data.scalar("SELECT fee_processor_charge_id FROM claims WHERE id = ?1", UUID.fromString(claimId)),
                "the fee was asked for under the same key: charged once");

        // a claim the earlier release filed under the client-wide scope is found by the retry
        data.update("UPDATE claims SET idempotency_scope = 'client:' || client_id WHERE idempotency_key = ?1", key);
        data.update("DELETE FROM idempotency_keys WHERE idempotency_key = ?1", key);
        Api.as(p.client)
                .header("Idempotency-Key", key)
                .body(fields)
                .when()
                .post("/v1/me/claims")
                .then()
                .statusCode(201)
                .body("id", is(claimId));
        assertEquals(1, data.count("SELECT count(*) FROM claims WHERE idempotency_key = ?1", key));
    }

    @Test
    void aStoredAbsoluteLocationIsReplayedAsARelativeReference() {
        String key = UUID.randomUUID().toString();
        CreateClientRequestDto body = new CreateClientRequestDto()
                .firstName("Cleo")
                .lastName("Client")
                .email(TestData.uniqueEmail("loc"));
        String location = Api.as(p.admin)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        // an answer stored by an earlier release, its Location built from the request's Host header
        data.update(
                "UPDATE idempotency_keys SET response_location = 'http://evil.example' || response_location"
                        + " WHERE idempotency_key = ?1",
                key);
        Api.as(p.admin)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/v1/clients")
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, is("true"))
                .header("Location", is(location));
    }

    @Test
    void locationsAreMadeRelative() {
        assertEquals(
                "/v1/clients/1?a=b#c", IdempotentRequests.relative("https://evil.example:8443/v1/clients/1?a=b#c"));
        assertEquals("/v1/x", IdempotentRequests.relative("//evil.example/v1/x"));
        assertEquals("/v1/x", IdempotentRequests.relative("/v1/x"));
        assertEquals("/", IdempotentRequests.relative("http://evil.example"));
    }

    @Test
    void aDeadRunsKeyIsNotTakenOverWithADifferentBody() {
        String key = UUID.randomUUID().toString();
        Charges.create(p.admin, key, p.body("SELF_PAY", "SESSION", 15000))
                .then()
                .statusCode(201);
        leftInFlight(key, 11);

        Charges.create(p.admin, key, p.body("SELF_PAY", "SESSION", 16000))
                .then()
                .statusCode(422)
                .body("code", is("idempotency_key_reused"));
        // the same body takes over and finds the first run's charge
        Charges.create(p.admin, key, p.body("SELF_PAY", "SESSION", 15000))
                .then()
                .statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue());
        assertEquals(1, data.count("SELECT count(*) FROM charges WHERE idempotency_key = ?1", key));
    }

    @Test
    void aRunWhoseClaimWasTakenOverLeavesTheChargeToTheRetry() {
        // an outage on the first call of each processor key
        String card = Charges.card(p.client, "tok_processorUnavailableOnce");
        String key = UUID.randomUUID().toString();
        var body = Charges.body(p.clientId, p.clinicianId, card, "SELF_PAY", "SESSION", 15000);
        // while this run waits for the processor, its lease runs out and a retry takes the key over
        QuarkusMock.installMockForInstance(
                new TakenOverDuringTheCall(ClientProxy.unwrap(processor), data, key), processor);

        Charges.create(p.admin, key, body).then().statusCode(503);
        // the outage would have abandoned (deleted) the charge: it is the retry's now, and is left to it
        assertEquals(
                1, data.count("SELECT count(*) FROM charges WHERE idempotency_key = ?1 AND status = 'PENDING'", key));

        // the retry (here: once its holder is presumed dead too) runs that same charge to its end
        leftInFlight(key, 11);
        Charges.create(p.admin, key, body).then().statusCode(201).body("status", is("SUCCEEDED"));
        assertEquals(1, data.count("SELECT count(*) FROM charges WHERE idempotency_key = ?1", key));
    }

    /** The real processor; before each charge, another run takes the request's key over (a new record id). */
    static final class TakenOverDuringTheCall extends SandboxPaymentProcessor {
        private final PaymentProcessor real;
        private final TestData data;
        private final String key;

        TakenOverDuringTheCall(PaymentProcessor real, TestData data, String key) {
            this.real = real;
            this.data = data;
            this.key = key;
        }

        @Override
        public CardDetails attachCard(String token) {
            return real.attachCard(token);
        }

        @Override
        public ChargeOutcome charge(String paymentMethodRef, Money amount, String idempotencyKey) {
            assertEquals(
                    1,
                    data.update(
                            "UPDATE idempotency_keys SET id = ?2 WHERE idempotency_key = ?1", key, UUID.randomUUID()));
            return real.charge(paymentMethodRef, amount, idempotencyKey);
        }

        @Override
        public String refund(String processorChargeId, Money amount, String idempotencyKey) {
            return real.refund(processorChargeId, amount, idempotencyKey);
        }
    }
}
