package com.thrizer.claims;

import static com.thrizer.claims.ClaimLifecycleTest.approval;
import static com.thrizer.claims.ClaimLifecycleTest.claimIdOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.CreateRefundRequestDto;
import com.thrizer.api.generated.model.RefundReasonDto;
import com.thrizer.claims.domain.ClaimsJob;
import com.thrizer.ledger.LedgerService;
import com.thrizer.testing.Api;
import com.thrizer.testing.Charges;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A full refund of a Thrizer Pay charge racing the decision on its claim (an operator's adjudication, or the payer's
 * through the claims job), released together round after round: whichever comes first wins, the other is refused,
 * and the advance is settled exactly once (by the refund or by the decision), with the ledger reconciled.
 */
@QuarkusTest
class RefundVersusDecisionTest {
    private static final String ADVANCE_NET = "SELECT COALESCE(SUM(e.amount_cents), 0) FROM ledger_entries e"
            + " JOIN ledger_postings p ON p.id = e.posting_id JOIN ledger_accounts a ON a.id = e.account_id"
            + " WHERE p.charge_id = ?1 AND a.code = 'ADVANCES_RECEIVABLE'";

    @Inject
    TestData data;

    @Inject
    ClaimsJob job;

    @Inject
    LedgerService ledger;

    @Inject
    AgroalDataSource dataSource;

    PayingClient payer;
    String operator;

    @BeforeEach
    void setUp() {
        payer = PayingClient.of(data, "Refund Race Practice");
        payer.thrizerPayReady();
        payer.charge("SELF_PAY", 90000); // balance for every round's refund
        operator = Tokens.of(ClaimLifecycleTest.OPERATOR);
    }

    private static <A, B> Object[] together(Callable<A> first, Callable<B> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2);
        try {
            Future<A> a = pool.submit(() -> {
                start.await();
                return first.call();
            });
            Future<B> b = pool.submit(() -> {
                start.await();
                return second.call();
            });
            return new Object[] {a.get(), b.get()};
        } finally {
            pool.shutdownNow();
        }
    }

    /** The advance of the charge is booked once and cleared once: nothing is left, nothing is cleared twice. */
    private void assertAdvanceSettledOnce(String chargeId) {
        assertEquals(0, data.count(ADVANCE_NET, UUID.fromString(chargeId)), "advance of charge " + chargeId);
        var check = ledger.check();
        assertTrue(check.balanced(), check.toString());
    }

    @Test
    void aFullRefundRacingAnOperatorsAdjudicationSettlesTheAdvanceOnce() throws Exception {
        int refunded = 0;
        int decided = 0;
        for (int round = 0; round < 8; round++) {
            String chargeId = payer.charge("THRIZER_PAY", 20000);
            String claimId = claimIdOf(payer.admin, chargeId);
            Object[] answers = together(
                    () -> Charges.refund(payer.admin, chargeId, null),
                    () -> Api.as(operator)
                            .body(approval(20000, 0, 1000, 19000))
                            .post("/v1/admin/claims/" + claimId + "/adjudication"));
            Response refund = (Response) answers[0];
            Response decision = (Response) answers[1];
            String status = (String) data.scalar("SELECT status FROM claims WHERE id = ?1", UUID.fromString(claimId));
            String outcome = "refund " + refund.statusCode() + " " + refund.path("code") + ", decision "
                    + decision.statusCode() + " " + decision.path("code") + ", claim " + status;
            if (refund.statusCode() == 201) {
                refunded++;
                assertEquals(409, decision.statusCode(), outcome);
                assertTrue(
                        List.of("claim_refund_in_progress", "claim_voided").contains(decision.path("code")), outcome);
                assertEquals("VOIDED", status, outcome);
            } else {
                decided++;
                assertEquals(200, decision.statusCode(), outcome);
                assertEquals(422, refund.statusCode(), outcome);
                assertEquals("claim_already_decided", refund.path("code"), outcome);
                assertEquals("APPROVED", status, outcome);
            }
            assertAdvanceSettledOnce(chargeId);
        }
        assertEquals(8, refunded + decided);
    }

    @Test
    void aFullRefundRacingThePayersDecisionSettlesTheAdvanceOnce() throws Exception {
        for (int round = 0; round < 6; round++) {
            String chargeId = payer.charge("THRIZER_PAY", 20000);
            String claimId = claimIdOf(payer.admin, chargeId);
            Object[] answers = together(() -> Charges.refund(payer.admin, chargeId, null), () -> {
                job.advance(Instant.now());
                return null;
            });
            Response refund = (Response) answers[0];
            job.advance(Instant.now().plusSeconds(3600)); // a decision that had to wait is taken now
            String status = (String) data.scalar("SELECT status FROM claims WHERE id = ?1", UUID.fromString(claimId));
            String outcome = "refund " + refund.statusCode() + " " + refund.path("code") + ", claim " + status;
            if (refund.statusCode() == 201) {
                assertEquals("VOIDED", status, outcome);
            } else {
                assertEquals(422, refund.statusCode(), outcome);
                assertEquals("claim_already_decided", refund.path("code"), outcome);
                assertTrue(List.of("APPROVED", "DENIED").contains(status), outcome);
            }
            assertAdvanceSettledOnce(chargeId);
        }
    }

    /**
     * A refund by a caller who cannot see the charge is refused before anything is locked: with the charge's claim
     * row held by another transaction, the other clinician's refund still answers 404 at once instead of waiting.
     */
    @Test
    void aRefundOfAChargeTheCallerCannotSeeLocksNoClaim() throws Exception {
        String chargeId = payer.charge("THRIZER_PAY", 20000);
        String otherClinician = Tokens.of(data.member(payer.practice.id(), "CLINICIAN", true));
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            try (PreparedStatement lock =
                    held.prepareStatement("SELECT id FROM claims WHERE charge_id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(chargeId));
                assertTrue(lock.executeQuery().next(), "the charge has a claim");
            }
            // a guard against hanging while the claim is held (before the fix the request waited on that lock)
            RestAssuredConfig bounded = RestAssuredConfig.config()
                    .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 15_000));
            Api.as(otherClinician)
                    .config(bounded)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(new CreateRefundRequestDto().reason(RefundReasonDto.REQUESTED_BY_CLIENT))
                    .when()
                    .post("/v1/charges/" + chargeId + "/refunds")
                    .then()
                    .statusCode(404);
            held.rollback();
        }
    }
}
