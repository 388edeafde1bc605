package com.thrizer.claims;

import static com.thrizer.claims.ClaimLifecycleTest.adjudicate;
import static com.thrizer.claims.ClaimLifecycleTest.approval;
import static com.thrizer.claims.ClaimLifecycleTest.claim;
import static com.thrizer.claims.ClaimLifecycleTest.claimIdOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.AdjudicateClaimRequestDto;
import com.thrizer.api.generated.model.ChangeClaimStatusRequestDto;
import com.thrizer.claims.domain.ClaimsJob;
import com.thrizer.testing.Api;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operators: posting adjudications (exactly once, whatever the retries), investigating claims, listing claims. */
@QuarkusTest
class ClaimOperationsTest {
    @Inject
    TestData data;

    @Inject
    ClaimsJob job;

    PayingClient p;
    String claimId;
    String operator;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Claims Operations");
        p.insuredWithCheck("SBX-DEDMET-");
        claimId = claimIdOf(p.admin, p.charge("OON_PAY", 20000));
        operator = Tokens.of(ClaimLifecycleTest.OPERATOR);
    }

    private long decisionPostings() {
        return data.count("SELECT count(*) FROM ledger_postings WHERE claim_id = ?1", UUID.fromString(claimId));
    }

    private long reimbursements() {
        return data.count("SELECT count(*) FROM reimbursements WHERE claim_id = ?1", UUID.fromString(claimId));
    }

    @Test
    void theSameAdjudicationPostedTwiceRoutesMoneyOnce() {
        adjudicate(claimId, approval(12000, 0, 2400, 9600))
                .statusCode(200)
                .body("result", is("REIMBURSED"))
                .body("routing.clientReimbursementAmount", is(9400));
        adjudicate(claimId, approval(12000, 0, 2400, 9600))
                .statusCode(200)
                .body("result", is("REIMBURSED"))
                .body("statusHistory.size()", is(2));
        assertEquals(1, decisionPostings());
        assertEquals(1, reimbursements());
        adjudicate(claimId, approval(12000, 12000, 0, 0)).statusCode(409).body("code", is("claim_already_decided"));
        // the payer answering later changes nothing either
        job.run(Instant.now());
        claim(p.admin, claimId).body("adjudication.source", is("OPERATOR"));
        assertEquals(1, decisionPostings());
    }

    @Test
    void concurrentAdjudicationsRouteMoneyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> Api.as(operator)
                        .body(approval(12000, 0, 2400, 9600))
                        .when()
                        .post("/v1/admin/claims/" + claimId + "/adjudication")
                        .statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
        assertEquals(1, decisionPostings());
        assertEquals(1, reimbursements());
        assertEquals(
                1,
                data.count(
                        "SELECT count(*) FROM claim_status_history WHERE claim_id = ?1 AND status = 'APPROVED'",
                        UUID.fromString(claimId)));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        Api.as(operator)
                .header("Idempotency-Key", key)
                .body(approval(12000, 0, 2400, 9600))
                .when()
                .post("/v1/admin/claims/" + claimId + "/adjudication")
                .then()
                .statusCode(200);
        Api.as(operator)
                .header("Idempotency-Key", key)
                .body(approval(12000, 0, 2400, 9600))
                .when()
                .post("/v1/admin/claims/" + claimId + "/adjudication")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true");
        Api.as(operator)
                .header("Idempotency-Key", key)
                .body(approval(12000, 12000, 0, 0))
                .when()
                .post("/v1/admin/claims/" + claimId + "/adjudication")
                .then()
                .statusCode(422)
                .body("code", is("idempotency_key_reused"));
    }

    @Test
    void adjudicationsThatDoNotAddUpAreRefused() {
        adjudicate(claimId, approval(12000, 0, 2400, 9700))
                .statusCode(422)
                .body("code", is("adjudication_amounts_inconsistent"));
        // the allowed amount is capped at the billed amount
        adjudicate(claimId, approval(25000, 0, 4000, 16000))
                .statusCode(200)
                .body("adjudication.allowedAmount", is(25000))
                .body("adjudication.paidAmount", is(16000));
    }

    @Test
    void aDenialCarriesNoAmounts() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        adjudicate(
                        claimId,
                        new AdjudicateClaimRequestDto()
                                .decision(AdjudicateClaimRequestDto.DecisionEnum.DENIED)
                                .allowedAmount(0L)
                                .deductibleAmount(0L)
                                .coinsuranceAmount(0L)
                                .paidAmount(100L)
                                .decisionDate(LocalDate.parse(today)))
                .statusCode(422)
                .body("code", is("adjudication_amounts_inconsistent"));
        adjudicate(
                        claimId,
                        new AdjudicateClaimRequestDto()
                                .decision(AdjudicateClaimRequestDto.DecisionEnum.DENIED)
                                .allowedAmount(0L)
                                .deductibleAmount(0L)
                                .coinsuranceAmount(0L)
                                .paidAmount(0L)
                                .decisionDate(LocalDate.parse(today))
                                .denialReason("Not medically necessary"))
                .statusCode(200)
                .body("status", is("DENIED"))
                .body("adjudication.denialReason", is("Not medically necessary"))
                .body("statusHistory[1].reason", is("Not medically necessary"));
        assertEquals(0, decisionPostings());
    }

    @Test
    void badAdjudicationRequestsAre400() {
        adjudicate(claimId, new AdjudicateClaimRequestDto().decision(AdjudicateClaimRequestDto.DecisionEnum.APPROVED))
                .statusCode(400)
                .body("code", is("validation_failed"));
        adjudicate(
                        claimId,
                        Api.rawJson(Api.json(approval(12000, 0, 2400, 9600))
                                .replace("\"decisionDate\":\"", "\"decisionDate\":\"2999")))
                .statusCode(400);
        adjudicate(claimId, approval(12000, 0, 2400, 9600).decisionDate(LocalDate.parse("2999-01-01")))
                .statusCode(400)
                .body("errors.code", hasItem("future_date"));
        adjudicate(claimId, approval(12000, 0, 2400, -1)).statusCode(400);
        adjudicate(claimId, Api.rawJson(Api.json(approval(12000, 0, 2400, 9600)).replace("}", ", \"extra\": 1}")))
                .statusCode(400);
        adjudicate(claimId, approval(12000, 0, 2400, 9600).denialReason("x"))
                .statusCode(400)
                .body("errors.param", hasItem("denialReason"));
        adjudicate(UUID.randomUUID().toString(), approval(12000, 0, 2400, 9600)).statusCode(404);
    }

    @Test
    void onlyOperatorsPostAdjudications() {
        var body = approval(12000, 0, 2400, 9600);
        Api.anonymous()
                .body(body)
                .when()
                .post("/v1/admin/claims/" + claimId + "/adjudication")
                .then()
                .statusCode(401);
        for (String token : List.of(p.admin, p.client, p.practice.clinicianToken())) {
            Api.as(token)
                    .body(body)
                    .when()
                    .post("/v1/admin/claims/" + claimId + "/adjudication")
                    .then()
                    .statusCode(403);
        }
        Api.as(p.admin).when().get("/v1/admin/claims").then().statusCode(403);
        claim(p.admin, claimId).body("status", is("PROCESSING"));
    }

    @Test
    void operatorsInvestigateAndReturnClaims() {
        Api.as(operator)
                .body(new ChangeClaimStatusRequestDto()
                        .status(ChangeClaimStatusRequestDto.StatusEnum.INVESTIGATING)
                        .reason("Payer asked for records"))
                .when()
                .post("/v1/admin/claims/" + claimId + "/status")
                .then()
                .statusCode(200)
                .body("status", is("INVESTIGATING"))
                .body("statusHistory[1].actor", is("OPERATOR"))
                .body("statusHistory[1].reason", is("Payer asked for records"));
        Api.as(operator)
                .body(new ChangeClaimStatusRequestDto()
                        .status(ChangeClaimStatusRequestDto.StatusEnum.INVESTIGATING)
                        .reason("again"))
                .when()
                .post("/v1/admin/claims/" + claimId + "/status")
                .then()
                .statusCode(409)
                .body("code", is("claim_status_transition_not_allowed"));
        Api.as(operator)
                .body(new ChangeClaimStatusRequestDto()
                        .status(ChangeClaimStatusRequestDto.StatusEnum.PROCESSING)
                        .reason("Records sent"))
                .when()
                .post("/v1/admin/claims/" + claimId + "/status")
                .then()
                .statusCode(200)
                .body("statusHistory.status", is(List.of("PROCESSING", "INVESTIGATING", "PROCESSING")));
        Api.as(operator)
                .body(Api.rawJson("{\"status\": \"APPROVED\", \"reason\": \"x\"}"))
                .when()
                .post("/v1/admin/claims/" + claimId + "/status")
                .then()
                .statusCode(400);
        Api.as(operator)
                .body(new ChangeClaimStatusRequestDto().status(ChangeClaimStatusRequestDto.StatusEnum.INVESTIGATING))
                .when()
                .post("/v1/admin/claims/" + claimId + "/status")
                .then()
                .statusCode(400)
                .body("errors.param", hasItem("reason"));
        Api.as(p.admin)
                .body(new ChangeClaimStatusRequestDto()
                        .status(ChangeClaimStatusRequestDto.StatusEnum.INVESTIGATING)
                        .reason("x"))
                .when()
                .post("/v1/admin/claims/" + claimId + "/status")
                .then()
                .statusCode(403);
        Api.as(operator)
                .body(new ChangeClaimStatusRequestDto()
                        .status(ChangeClaimStatusRequestDto.StatusEnum.INVESTIGATING)
                        .reason("x"))
                .when()
                .post("/v1/admin/claims/" + UUID.randomUUID() + "/status")
                .then()
                .statusCode(404);

        adjudicate(claimId, approval(12000, 0, 2400, 9600)).statusCode(200);
        Api.as(operator)
                .body(new ChangeClaimStatusRequestDto()
                        .status(ChangeClaimStatusRequestDto.StatusEnum.INVESTIGATING)
                        .reason("late"))
                .when()
                .post("/v1/admin/claims/" + claimId + "/status")
                .then()
                .statusCode(409);
    }

    @Test
    void operatorsListClaimsOfEveryPractice() {
        Api.as(operator)
                .queryParam("status", "PROCESSING")
                .queryParam("limit", 100)
                .when()
                .get("/v1/admin/claims")
                .then()
                .statusCode(200)
                .body("data.id", hasItem(claimId));
        Api.as(operator)
                .queryParam("status", "NOPE")
                .when()
                .get("/v1/admin/claims")
                .then()
                .statusCode(400);
    }
}
