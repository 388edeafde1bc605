package com.thrizer.claims;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.api.generated.model.AdjudicateClaimRequestDto;
import com.thrizer.claims.domain.ClaimsJob;
import com.thrizer.testing.Api;
import com.thrizer.testing.BankAccounts;
import com.thrizer.testing.Charges;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Claims end to end through HTTP: filed by charges, submitted to and decided by the sandbox payer (the claims job is
 * run by hand), money routed per payment type to the cent, benefits learning from the outcome, the 42-day rule and
 * voiding.
 */
@QuarkusTest
public class ClaimLifecycleTest {
    static final String OPERATOR = "operator@demo.test";

    @Inject
    TestData data;

    @Inject
    ClaimsJob job;

    public static String claimIdOf(String token, String chargeId) {
        return Api.as(token)
                .when()
                .get("/v1/charges/" + chargeId)
                .then()
                .statusCode(200)
                .extract()
                .path("claimId");
    }

    static ValidatableResponse claim(String token, String claimId) {
        return Api.as(token).when().get("/v1/claims/" + claimId).then().statusCode(200);
    }

    private long balance(String admin) {
        var body =
                Api.as(admin).when().get("/v1/balance").then().statusCode(200).extract();
        return ((Number) body.path("availableAmount")).longValue() + ((Number) body.path("pendingAmount")).longValue();
    }

    private long postings(String claimId) {
        return data.count("SELECT count(*) FROM ledger_postings WHERE claim_id = ?1", UUID.fromString(claimId));
    }

    static ValidatableResponse adjudicate(String claimId, Object body) {
        return Api.as(Tokens.of(OPERATOR))
                .body(body)
                .when()
                .post("/v1/admin/claims/" + claimId + "/adjudication")
                .then();
    }

    static AdjudicateClaimRequestDto approval(long allowed, long deductible, long coinsurance, long paid) {
        return new AdjudicateClaimRequestDto()
                .decision(AdjudicateClaimRequestDto.DecisionEnum.APPROVED)
                .allowedAmount(Long.valueOf(allowed))
                .deductibleAmount(Long.valueOf(deductible))
                .coinsuranceAmount(Long.valueOf(coinsurance))
                .paidAmount(Long.valueOf(paid))
                .payerClaimNumber("UHC-778812301")
                .decisionDate(LocalDate.now(ZoneOffset.UTC));
    }

    private ValidatableResponse latestCheck(PayingClient p) {
        return Api.as(p.admin)
                .when()
                .get("/v1/clients/" + p.clientId + "/benefit-checks")
                .then()
                .statusCode(200);
    }

    @Test
    void oonPayIsReimbursedToTheClientLessTheOnePercentFee() {
        PayingClient p = PayingClient.of(data, "Claims OON");
        p.insuredWithCheck("SBX-DEDMET-");
        String claimId = claimIdOf(p.admin, p.charge("OON_PAY", 20000));

        claim(p.admin, claimId)
                .body("status", is("PROCESSING"))
                .body("result", nullValue())
                .body("source", is("CHARGE"))
                .body("paymentType", is("OON_PAY"))
                .body("chargeKind", is("SESSION"))
                .body("billedAmount", is(20000))
                .body("estimate.allowedAmount", is(12000))
                .body("estimate.reimbursementAmount", is(9600))
                .body("adjudication", nullValue())
                .body("routing", nullValue())
                .body("submittedAt", nullValue())
                .body(
                        "expectedDecisionBy",
                        is(LocalDate.now(ZoneOffset.UTC).plusDays(42).toString()))
                .body("provider.npi", is(TestData.NPI))
                .body("provider.tinLast4", is("6789"))
                .body("insurance.insurerId", is("united-healthcare"))
                .body("diagnosisCodes", is(List.of("F41.1")))
                .body("statusHistory.status", is(List.of("PROCESSING")));

        job.run(Instant.now());

        // estimate beside the payer's values: the UHC fee schedule allows $120, deductible met, 20% coinsurance
        claim(p.admin, claimId)
                .body("status", is("APPROVED"))
                .body("result", is("REIMBURSED"))
                .body("submittedAt", notNullValue())
                .body("decidedAt", notNullValue())
                .body("estimate.reimbursementAmount", is(9600))
                .body("adjudication.decision", is("APPROVED"))
                .body("adjudication.source", is("PAYER"))
                .body("adjudication.allowedAmount", is(12000))
                .body("adjudication.deductibleAmount", is(0))
                .body("adjudication.coinsuranceAmount", is(2400))
                .body("adjudication.paidAmount", is(9600))
                .body("adjudication.payerClaimNumber", startsWith("SBX-"))
                .body("routing.paidAmount", is(9600))
                .body("routing.clientFeeAmount", is(200)) // the help center's $2.00 on a $200 session
                .body("routing.clientReimbursementAmount", is(9400))
                .body("routing.advanceRepaidAmount", is(0))
                .body("statusHistory.status", is(List.of("PROCESSING", "APPROVED")))
                .body("statusHistory[1].actor", is("PAYER"));
        assertEquals(1, postings(claimId));

        // no bank account yet: held
        Api.as(p.client)
                .when()
                .get("/v1/me/reimbursements")
                .then()
                .statusCode(200)
                .body("data.size()", is(1))
                .body("data[0].claimId", is(claimId))
                .body("data[0].kind", is("REIMBURSEMENT"))
                .body("data[0].destination", is("BANK_ACCOUNT"))
                .body("data[0].status", is("AWAITING_BANK_ACCOUNT"))
                .body("data[0].amount", is(9400))
                .body("data[0].sentAt", nullValue());

        BankAccounts.reimbursementAccount(p.client);
        Api.as(p.client)
                .queryParam("status", "PENDING")
                .when()
                .get("/v1/me/reimbursements")
                .then()
                .body("data.size()", is(1));
        job.sendReimbursements();
        Api.as(p.client)
                .when()
                .get("/v1/me/reimbursements")
                .then()
                .body("data[0].status", is("SENT"))
                .body("data[0].bankAccountLast4", is("6789"))
                .body("data[0].sentAt", notNullValue());
        assertEquals(2, postings(claimId));
        assertEquals(
                0,
                data.count(
                        "SELECT COALESCE(SUM(e.amount_cents), 0) FROM ledger_entries e JOIN ledger_postings p"
                                + " ON p.id = e.posting_id JOIN ledger_accounts a ON a.id = e.account_id"
                                + " WHERE p.claim_id = ?1 AND a.code = 'CLIENT_REIMBURSEMENTS_PAYABLE'",
                        UUID.fromString(claimId)));

        // the client sees the same claim
        Api.as(p.client)
                .when()
                .get("/v1/me/claims")
                .then()
                .statusCode(200)
                .body("data[0].id", is(claimId))
                .body("data[0].statusHistory", nullValue());
        Api.as(p.client)
                .when()
                .get("/v1/me/claims/" + claimId)
                .then()
                .statusCode(200)
                .body("routing.clientReimbursementAmount", is(9400))
                .body("statusHistory.size()", is(2));
    }

    @Test
    void anApprovalBeforeTheDeductibleIsMetPaysNothingAndEstimatesLearnIt() {
        PayingClient p = PayingClient.of(data, "Claims Deductible");
        p.insuredWithCheck("SBX-DEDNOTMET-");
        latestCheck(p).body("data[0].deductibleRemainingAmount", is(120000));
        String claimId = claimIdOf(p.admin, p.charge("OON_PAY", 20000));

        job.run(Instant.now());

        claim(p.admin, claimId)
                .body("status", is("APPROVED"))
                .body("result", is("APPLIED_TO_DEDUCTIBLE"))
                .body("adjudication.deductibleAmount", is(12000))
                .body("adjudication.paidAmount", is(0))
                .body("routing.clientFeeAmount", is(0)) // never before the deductible is met
                .body("routing.clientReimbursementAmount", is(0));
        assertEquals(0, postings(claimId));
        Api.as(p.client).when().get("/v1/me/reimbursements").then().body("data.size()", is(0));
        latestCheck(p)
                .body("data[0].source", is("CLAIM_HISTORY"))
                .body("data[0].deductibleRemainingAmount", is(108000))
                .body("data[0].deductibleMetAmount", is(42000))
                .body("data[0].estimatedAllowedAmount", is(12000))
                .body("data[0].confidence", is("MEDIUM"));

        // the payer keeps its own count: the next claim applies against $1,080
        String second = claimIdOf(p.admin, p.charge("OON_PAY", 20000));
        job.run(Instant.now());
        claim(p.admin, second).body("adjudication.deductibleAmount", is(12000));
        latestCheck(p).body("data[0].deductibleRemainingAmount", is(96000));
    }

    @Test
    void aClaimPartlyAppliedToTheDeductibleIsPartiallyReimbursed() {
        PayingClient p = PayingClient.of(data, "Claims Partial");
        p.insuredWithCheck("SBX-DEDLOW-");
        String claimId = claimIdOf(p.admin, p.charge("OON_PAY", 20000));
        job.run(Instant.now());
        // $120 allowed: $50 to the deductible, 20% of $70 = $14 coinsurance, $56 paid, $2 fee
        claim(p.admin, claimId)
                .body("result", is("PARTIALLY_REIMBURSED"))
                .body("adjudication.deductibleAmount", is(5000))
                .body("adjudication.coinsuranceAmount", is(1400))
                .body("adjudication.paidAmount", is(5600))
                .body("routing.clientFeeAmount", is(200))
                .body("routing.clientReimbursementAmount", is(5400));
        latestCheck(p).body("data[0].deductibleRemainingAmount", is(0)).body("data[0].confidence", is("HIGH"));
    }

    @Test
    void aDeniedOonPayClaimMovesNoMoneyAndTeachesNothing() {
        PayingClient p = PayingClient.of(data, "Claims Denied");
        p.insuredWithCheck("SBX-DENY-");
        long before = balance(p.admin);
        String claimId = claimIdOf(p.admin, p.charge("OON_PAY", 20000));
        long afterCharge = balance(p.admin);
        job.run(Instant.now());
        claim(p.admin, claimId)
                .body("status", is("DENIED"))
                .body("result", is("DENIED"))
                .body("adjudication.paidAmount", is(0))
                .body("adjudication.denialReason", notNullValue())
                .body("routing.clientReimbursementAmount", is(0))
                .body("statusHistory[1].reason", notNullValue());
        assertEquals(0, postings(claimId));
        assertEquals(19400, afterCharge - before);
        assertEquals(afterCharge, balance(p.admin)); // insurance outcomes never change the practice's money
        latestCheck(p).body("data[0].source", is("PAYER_ELECTRONIC"));
    }

    @Test
    void aDeniedThrizerPayClaimWritesOffTheAdvanceAndRefundsTheFeeToTheCard() {
        PayingClient p = PayingClient.of(data, "Claims TP Denied");
        p.verified("SBX-DENY-", 0, 1250, 20000);
        String chargeId = p.charge("THRIZER_PAY", 20000);
        Api.as(p.admin)
                .when()
                .get("/v1/charges/" + chargeId)
                .then()
                .body("cardAmount", is(3500))
                .body("clientFeeAmount", is(1000))
                .body("thrizerAdvanceAmount", is(17500));
        long afterCharge = balance(p.admin);
        String claimId = claimIdOf(p.admin, chargeId);

        job.run(Instant.now());

        claim(p.admin, claimId)
                .body("result", is("DENIED"))
                .body("routing.advanceRepaidAmount", is(0))
                .body("routing.writtenOffAmount", is(17500))
                .body("routing.feeRefundAmount", is(1000))
                .body("routing.clientReimbursementAmount", is(0));
        Api.as(p.client)
                .when()
                .get("/v1/me/reimbursements")
                .then()
                .body("data.size()", is(1))
                .body("data[0].kind", is("FEE_REFUND"))
                .body("data[0].destination", is("CARD"))
                .body("data[0].amount", is(1000))
                .body("data[0].status", is("SENT"));
        assertEquals(afterCharge, balance(p.admin));
        assertEquals(2, postings(claimId)); // the decision, and the refund to the card
        assertEquals(
                17500,
                data.count(
                        "SELECT COALESCE(SUM(e.amount_cents), 0) FROM ledger_entries e JOIN ledger_postings p"
                                + " ON p.id = e.posting_id JOIN ledger_accounts a ON a.id = e.account_id"
                                + " WHERE p.claim_id = ?1 AND a.code = 'WRITE_OFFS'",
                        UUID.fromString(claimId)));
    }

    @Test
    void aThrizerPayPaymentRepaysTheAdvanceAndTheShortfallIsThrizersLoss() {
        PayingClient p = PayingClient.of(data, "Claims TP Short");
        p.thrizerPayReady();
        String chargeId = p.charge("THRIZER_PAY", 20000);
        long afterCharge = balance(p.admin);
        String claimId = claimIdOf(p.admin, chargeId);
        job.run(Instant.now());
        claim(p.admin, claimId)
                .body("result", is("REIMBURSED"))
                .body("adjudication.paidAmount", is(9600))
                .body("routing.advanceRepaidAmount", is(9600))
                .body("routing.writtenOffAmount", is(7900))
                .body("routing.clientReimbursementAmount", is(0))
                .body("routing.feeRefundAmount", is(0));
        assertEquals(afterCharge, balance(p.admin));

        // once decided, a Thrizer Pay session can no longer be refunded (the advance is settled)
        Charges.refund(p.admin, chargeId, null).then().statusCode(422).body("code", is("claim_already_decided"));
    }

    @Test
    void aThrizerPaySurplusAboveTheAdvanceGoesToTheClient() {
        PayingClient p = PayingClient.of(data, "Claims TP Surplus");
        p.thrizerPayReady();
        String claimId = claimIdOf(p.admin, p.charge("THRIZER_PAY", 20000));
        adjudicate(claimId, approval(20000, 0, 1000, 19000))
                .statusCode(200)
                .body("adjudication.source", is("OPERATOR"))
                .body("routing.advanceRepaidAmount", is(17500))
                .body("routing.clientReimbursementAmount", is(1500))
                .body("routing.writtenOffAmount", is(0))
                .body("statusHistory[1].actor", is("OPERATOR"));
        Api.as(p.client)
                .when()
                .get("/v1/me/reimbursements")
                .then()
                .body("data[0].amount", is(1500))
                .body("data[0].status", is("AWAITING_BANK_ACCOUNT"));
    }

    @Test
    void theHelpCentersDeductibleExample() {
        // fee $200, allowed $120, deductible remaining $500 -> approved, $0 paid, $120 applied, $380 left
        PayingClient p = PayingClient.of(data, "Claims Help Center");
        p.verified("SBX-DEDNOTMET-", 50000, 2000, 12000);
        String chargeId = p.charge("OON_PAY", 20000);
        Api.as(p.admin).when().get("/v1/charges/" + chargeId).then().body("cardAmount", is(20000));
        String claimId = claimIdOf(p.admin, chargeId);
        adjudicate(claimId, approval(12000, 12000, 0, 0))
                .statusCode(200)
                .body("status", is("APPROVED"))
                .body("result", is("APPLIED_TO_DEDUCTIBLE"))
                .body("adjudication.paidAmount", is(0))
                .body("routing.clientFeeAmount", is(0));
        latestCheck(p)
                .body("data[0].source", is("CLAIM_HISTORY"))
                .body("data[0].deductibleRemainingAmount", is(38000))
                .body("data[0].confidence", is("HIGH"));
    }

    @Test
    void thrizerPayBecomesAvailableOnceAClaimPaysAfterTheDeductible() {
        PayingClient p = PayingClient.of(data, "Claims Unlock");
        p.insuredWithCheck("SBX-DEDMET-");
        String thrizerPay = "paymentTypes.find { it.paymentType == 'THRIZER_PAY' }";
        Api.as(p.admin)
                .when()
                .get("/v1/clients/" + p.clientId + "/payment-eligibility")
                .then()
                .body(thrizerPay + ".available", is(false))
                .body(thrizerPay + ".reasons", is(List.of("allowed_amount_unverified")));
        p.charge("OON_PAY", 20000);
        job.run(Instant.now());
        Api.as(p.admin)
                .when()
                .get("/v1/clients/" + p.clientId + "/payment-eligibility")
                .then()
                .body(thrizerPay + ".available", is(true));
        p.charge("THRIZER_PAY", 20000);
    }

    @Test
    void jobRunsOnSeveralInstancesAtOnceDecideEachClaimOnce() throws Exception {
        PayingClient p = PayingClient.of(data, "Claims Parallel Jobs");
        p.insuredWithCheck("SBX-DEDMET-");
        BankAccounts.reimbursementAccount(p.client);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(claimIdOf(p.admin, p.charge("OON_PAY", 20000)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ClaimsJob.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(() -> job.run(Instant.now()));
            }
            for (var f : pool.invokeAll(runs)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            UUID claim = UUID.fromString(id);
            assertEquals(
                    1,
                    data.count(
                            "SELECT count(*) FROM claim_status_history WHERE claim_id = ?1 AND status = 'APPROVED'",
                            claim));
            assertEquals(1, data.count("SELECT count(*) FROM sandbox_payer_claims WHERE control_number = ?1", claim));
            assertEquals(1, data.count("SELECT count(*) FROM reimbursements WHERE claim_id = ?1", claim));
            // the decision and the transfer, each once
            assertEquals(2, postings(id));
        }
    }

    @Test
    void aClaimUndecidedAfter42DaysIsInvestigated() {
        PayingClient p = PayingClient.of(data, "Claims Overdue");
        p.insuredWithCheck("SBX-DEDMET-");
        String claimId = claimIdOf(p.admin, p.charge("OON_PAY", 20000));
        Instant now = Instant.now();
        job.flagOverdue(now.plus(Duration.ofDays(41)));
        claim(p.admin, claimId).body("status", is("PROCESSING"));

        job.flagOverdue(now.plus(Duration.ofDays(42)));
        claim(p.admin, claimId)
                .body("status", is("INVESTIGATING"))
                .body("statusHistory.status", is(List.of("PROCESSING", "INVESTIGATING")))
                .body("statusHistory[1].actor", is("SYSTEM"))
                .body("statusHistory[1].reason", is("no_decision_after_42_days"));

        // the payer's decision still lands on an investigated claim
        job.advance(now);
        claim(p.admin, claimId)
                .body("status", is("APPROVED"))
                .body("statusHistory.status", is(List.of("PROCESSING", "INVESTIGATING", "APPROVED")));
    }

    @Test
    void aPayerThatNeverAnswersLeavesTheClaimProcessingUntilThe42DayRule() {
        PayingClient p = PayingClient.of(data, "Claims Silent Payer");
        p.verified("SBX-TIMEOUT-", 0, 2000, 12000); // checks time out: benefits verified by hand
        String claimId = claimIdOf(p.admin, p.charge("OON_PAY", 20000));
        Instant now = Instant.now();
        job.advance(now);
        claim(p.admin, claimId).body("status", is("PROCESSING")).body("submittedAt", notNullValue());
        job.advance(now.plus(Duration.ofHours(1)));
        claim(p.admin, claimId).body("status", is("PROCESSING"));
        job.flagOverdue(now.plus(Duration.ofDays(43)));
        claim(p.admin, claimId).body("status", is("INVESTIGATING"));
    }

    @Test
    void aFullRefundBeforeTheDecisionVoidsTheClaim() {
        PayingClient p = PayingClient.of(data, "Claims Void");
        p.insuredWithCheck("SBX-DEDMET-");
        p.charge("SELF_PAY", 20000); // a balance to cover the refund
        String chargeId = p.charge("OON_PAY", 20000);
        String claimId = claimIdOf(p.admin, chargeId);
        Charges.refund(p.admin, chargeId, null).then().statusCode(201);
        claim(p.admin, claimId)
                .body("status", is("VOIDED"))
                .body("statusHistory.status", is(List.of("PROCESSING", "VOIDED")))
                .body("statusHistory[1].reason", is("charge_fully_refunded"));
        job.advance(Instant.now());
        claim(p.admin, claimId).body("status", is("VOIDED")).body("submittedAt", nullValue());
        adjudicate(claimId, approval(12000, 0, 2400, 9600)).statusCode(409).body("code", is("claim_voided"));
        assertEquals(0, postings(claimId));
    }

    @Test
    void aPartialRefundLeavesTheClaimAlone() {
        PayingClient p = PayingClient.of(data, "Claims Partial Refund");
        p.insuredWithCheck("SBX-DEDMET-");
        p.charge("SELF_PAY", 20000);
        String chargeId = p.charge("OON_PAY", 20000);
        Charges.refund(p.admin, chargeId, 5000L).then().statusCode(201);
        claim(p.admin, claimIdOf(p.admin, chargeId)).body("status", is("PROCESSING"));
    }

    @Test
    void aClaimMustBeCompleteBeforeAnyMoneyMoves() {
        PayingClient p = PayingClient.of(data, "Claims Incomplete");
        p.insuredWithCheck("SBX-DEDMET-");
        data.update("UPDATE practices SET tin = NULL WHERE id = ?1", p.practice.id());
        Charges.create(p.admin, p.body("OON_PAY", "SESSION", 20000))
                .then()
                .statusCode(422)
                .body("code", is("practice_tin_required"))
                .body("param", is("practice.tin"));
        data.update("UPDATE practices SET tin = ?1 WHERE id = ?2", TestData.TIN, p.practice.id());
        data.update("UPDATE clients SET date_of_birth = NULL WHERE id = ?1", UUID.fromString(p.clientId));
        Charges.create(p.admin, p.body("OON_PAY", "SESSION", 20000))
                .then()
                .statusCode(422)
                .body("code", is("client_date_of_birth_required"));
        assertEquals(0, data.count("SELECT count(*) FROM charges WHERE client_id = ?1", UUID.fromString(p.clientId)));
        // Self-Pay files no claim, so it needs none of it
        Charges.create(p.admin, p.body("SELF_PAY", "SESSION", 20000)).then().statusCode(201);
    }
}
