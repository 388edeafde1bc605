package com.thrizer.charges;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.CreateRefundRequestDto;
import com.thrizer.api.generated.model.RefundReasonDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Charges;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.Replays;
import com.thrizer.testing.TestData;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RefundsTest {
    @Inject
    TestData data;

    PayingClient payer;
    String admin;

    @BeforeEach
    void setUp() {
        payer = PayingClient.of(data, "Refunds Practice");
        admin = payer.admin;
    }

    private long count(String sql, Object... params) {
        return data.count(sql, params);
    }

    private long balance() {
        var body =
                Api.as(admin).when().get("/v1/balance").then().statusCode(200).extract();
        return ((Number) body.path("availableAmount")).longValue() + ((Number) body.path("pendingAmount")).longValue();
    }

    @Test
    void aPartialSelfPayRefundComesOutOfTheBalanceAndKeepsTheFee() {
        payer.charge("SELF_PAY", 20000); // balance to cover refunds: 194.00
        String id = payer.charge("SELF_PAY", 20000);
        assertEquals(38800, balance());
        String refundId = Charges.refund(admin, id, 5000L)
                .then()
                .statusCode(201)
                .body("amount", is(5000))
                .body("status", is("SUCCEEDED"))
                .body("reason", is("REQUESTED_BY_CLIENT"))
                .body("chargeId", is(id))
                .body("createdBy", notNullValue())
                .extract()
                .path("id");
        assertEquals(33800, balance());
        Api.as(admin)
                .when()
                .get("/v1/charges/" + id)
                .then()
                .body("refundedAmount", is(5000))
                .body("processingFeeAmount", is(600));
        Api.as(admin)
                .when()
                .get("/v1/charges/" + id + "/refunds")
                .then()
                .statusCode(200)
                .body("data.id", is(List.of(refundId)));
        Api.as(admin)
                .queryParam("type", "REFUND")
                .when()
                .get("/v1/balance-transactions")
                .then()
                .body("data[0].amount", is(-5000))
                .body("data[0].refundId", is(refundId));
        // the rest, by default: all that is left
        Charges.refund(admin, id, null).then().statusCode(201).body("amount", is(15000));
        Charges.refund(admin, id, 1L).then().statusCode(422).body("code", is("charge_fully_refunded"));
        assertEquals(18800, balance());
    }

    @Test
    void aRefundCannotExceedWhatIsLeftNorTheBalance() {
        String id = payer.charge("SELF_PAY", 20000);
        Charges.refund(admin, id, 20001L)
                .then()
                .statusCode(422)
                .body("code", is("refund_exceeds_charge"))
                .body("param", is("amount"));
        // the practice netted 194.00: it cannot give back 200.00
        Charges.refund(admin, id, null).then().statusCode(422).body("code", is("insufficient_balance"));
        Charges.refund(admin, id, 19400L).then().statusCode(201);
        assertEquals(0, balance());
        Api.as(admin).when().get("/v1/charges/" + id).then().body("refundedAmount", is(19400));
    }

    @Test
    void thrizerPayIsRefundedInFullOnlyAndTheClaimIsVoided() {
        payer.thrizerPayReady();
        payer.charge("SELF_PAY", 30000); // enough balance for the whole session fee
        String id = payer.charge("THRIZER_PAY", 20000);
        Charges.refund(admin, id, 1000L).then().statusCode(422).body("code", is("full_refund_required"));
        long before = balance();
        Charges.refund(admin, id, null).then().statusCode(201).body("amount", is(3500));
        // the session fee leaves the balance (the practice had netted 194.00 of it: processing is kept)
        assertEquals(before - 20000, balance());
        assertEquals("VOIDED", data.scalar("SELECT status FROM claims WHERE charge_id = ?1", UUID.fromString(id)));
        assertEquals(
                0,
                count("SELECT balance_cents FROM ledger_accounts WHERE practice_id IS NULL AND code ="
                                + " 'ADVANCES_RECEIVABLE' AND currency = 'USD'")
                        - count("SELECT COALESCE(SUM(c.advance_cents), 0) FROM charges c WHERE c.status = 'SUCCEEDED'"
                                + " AND c.payment_type = 'THRIZER_PAY' AND c.refunded_cents < c.card_amount_cents"));
    }

    @Test
    void aPartialOonRefundKeepsTheClaimAndAFullOneVoidsIt() {
        payer.insuredWithCheck();
        payer.charge("SELF_PAY", 30000);
        String id = payer.charge("OON_PAY", 20000);
        Charges.refund(admin, id, 5000L).then().statusCode(201);
        assertEquals("PROCESSING", data.scalar("SELECT status FROM claims WHERE charge_id = ?1", UUID.fromString(id)));
        Charges.refund(admin, id, null).then().statusCode(201).body("amount", is(15000));
        assertEquals("VOIDED", data.scalar("SELECT status FROM claims WHERE charge_id = ?1", UUID.fromString(id)));
    }

    @Test
    void onlySucceededChargesAreRefunded() {
        String declining = Charges.card(payer.client, "tok_chargeDeclined");
        String id = Charges.create(
                        admin, Charges.body(payer.clientId, payer.clinicianId, declining, "SELF_PAY", "SESSION", 20000))
                .path("id");
        Charges.refund(admin, id, null).then().statusCode(422).body("code", is("charge_not_succeeded"));
    }

    @Test
    void whoMayRefund() {
        payer.charge("SELF_PAY", 50000);
        String id = payer.charge("SELF_PAY", 20000);
        Api.anonymous()
                .header("Idempotency-Key", "k")
                .body(new CreateRefundRequestDto().reason(RefundReasonDto.OTHER))
                .when()
                .post("/v1/charges/" + id + "/refunds")
                .then()
                .statusCode(401);
        Charges.refund(payer.practice.staffToken(), id, 100L).then().statusCode(403);
        Charges.refund(payer.client, id, 100L).then().statusCode(403);
        Charges.refund(ApiKeys.create(admin, "charges:write"), id, 100L).then().statusCode(403);
        Charges.refund(ApiKeys.create(admin, "refunds:write"), id, 100L).then().statusCode(201);
        // the provider of record may; another clinician does not even see the charge
        Charges.refund(payer.practice.clinicianToken(), id, 100L).then().statusCode(201);
        String other = data.member(payer.practice.id(), "CLINICIAN", true);
        Charges.refund(Tokens.of(other), id, 100L).then().statusCode(404);
        Charges.refund(admin, UUID.randomUUID().toString(), 100L).then().statusCode(404);
    }

    @Test
    void badRefundRequestsAre400() {
        String id = payer.charge("SELF_PAY", 20000);
        Api.as(admin)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(new CreateRefundRequestDto().amount(0L).reason(RefundReasonDto.OTHER))
                .when()
                .post("/v1/charges/" + id + "/refunds")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("amount"));
        Api.as(admin)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(new CreateRefundRequestDto().amount(100L))
                .when()
                .post("/v1/charges/" + id + "/refunds")
                .then()
                .statusCode(400)
                .body("errors.param", hasItem("reason"));
        Api.as(admin)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Api.rawJson("{\"amount\": 100, \"reason\": \"BORED\"}"))
                .when()
                .post("/v1/charges/" + id + "/refunds")
                .then()
                .statusCode(400);
        Api.as(admin)
                .body(new CreateRefundRequestDto().amount(100L).reason(RefundReasonDto.OTHER))
                .when()
                .post("/v1/charges/" + id + "/refunds")
                .then()
                .statusCode(400)
                .body("errors.param", hasItem("Idempotency-Key"));
    }

    @Test
    void aReplayedRefundIsTheSameRefund() {
        payer.charge("SELF_PAY", 50000);
        String id = payer.charge("SELF_PAY", 20000);
        CreateRefundRequestDto body = new CreateRefundRequestDto().amount(1000L).reason(RefundReasonDto.DUPLICATE);
        Replays.createdOnceByTwoPosts(admin, "/v1/charges/" + id + "/refunds", body);
        assertEquals(1, count("SELECT count(*) FROM refunds WHERE charge_id = ?1", UUID.fromString(id)));
    }

    @Test
    void twentyParallelRefundsNeverExceedTheCharge() throws Exception {
        payer.charge("SELF_PAY", 100000); // plenty of balance
        String id = payer.charge("SELF_PAY", 20000);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> Charges.refund(admin, id, 3000L).statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // 200.00 holds six refunds of 30.00; every other one is refused
        assertEquals(6, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 422), statuses.toString());
        assertEquals(18000, count("SELECT refunded_cents FROM charges WHERE id = ?1", UUID.fromString(id)));
        assertEquals(
                18000,
                count("SELECT COALESCE(SUM(amount_cents), 0) FROM refunds WHERE charge_id = ?1", UUID.fromString(id)));
    }
}
