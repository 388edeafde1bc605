package com.thrizer.charges;

import static com.thrizer.testing.Api.json;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.api.generated.model.CreateChargeRequestDto;
import com.thrizer.api.generated.model.CreateServiceRequestDto;
import com.thrizer.api.generated.model.RetryChargeRequestDto;
import com.thrizer.charges.domain.ChargeRecoveryJob;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Charges;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
class ChargesTest {
    @Inject
    TestData data;

    @Inject
    ChargeRecoveryJob recovery;

    PayingClient payer;
    TestPractice practice;
    String admin;
    String clinicianId;
    String clientId;
    String client;
    String visa;

    @BeforeEach
    void setUp() {
        payer = PayingClient.of(data, "Charges Practice");
        practice = payer.practice;
        admin = payer.admin;
        clinicianId = payer.clinicianId;
        clientId = payer.clientId;
        client = payer.client;
        visa = payer.visa;
    }

    private CreateChargeRequestDto body(String type, String kind, long fee) {
        return payer.body(type, kind, fee);
    }

    private long count(String sql, Object... params) {
        return data.count(sql, params);
    }

    // ---------- the help-center figures, end to end

    @Test
    void selfPayChargesTheFeeAndNetsNinetySevenPercentWithoutAClaim() {
        String id = Charges.create(admin, body("SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(201)
                .header("Location", containsString("/v1/charges/"))
                .body("status", is("SUCCEEDED"))
                .body("failureCode", nullValue())
                .body("cardAmount", is(20000))
                .body("clientFeeAmount", is(0))
                .body("thrizerAdvanceAmount", is(0))
                .body("processingFeeAmount", is(600))
                .body("clinicianNetAmount", is(19400))
                .body("refundedAmount", is(0))
                .body("claimId", nullValue())
                .body("paymentMethod.brand", is("VISA"))
                .body("paymentMethod.last4", is("4242"))
                .body("cptCode", is("90837"))
                .body("modifiers", is(List.of("95")))
                .body("attempts", is(1))
                .extract()
                .path("id");
        assertEquals(0, count("SELECT count(*) FROM claims WHERE charge_id = ?1", UUID.fromString(id)));
        // the practice's balance: the net, pending for two business days
        Api.as(admin)
                .when()
                .get("/v1/balance")
                .then()
                .statusCode(200)
                .body("availableAmount", is(0))
                .body("pendingAmount", is(19400));
        Api.as(admin)
                .queryParam("chargeId", id)
                .when()
                .get("/v1/balance-transactions")
                .then()
                .statusCode(200)
                .body("data.size()", is(1))
                .body("data[0].type", is("CHARGE"))
                .body("data[0].amount", is(19400))
                .body("data[0].clientId", is(clientId));
        // one balanced posting: card 200.00 = net 194.00 + fees 6.00
        assertEquals(
                0,
                count(
                        "SELECT COALESCE(SUM(e.amount_cents), 0) FROM ledger_entries e JOIN ledger_postings p"
                                + " ON p.id = e.posting_id WHERE p.charge_id = ?1",
                        UUID.fromString(id)));
        assertEquals(
                20000,
                count(
                        "SELECT e.amount_cents FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id"
                                + " JOIN ledger_accounts a ON a.id = e.account_id WHERE p.charge_id = ?1"
                                + " AND a.code = 'PROCESSOR_CLEARING'",
                        UUID.fromString(id)));
    }

    @Test
    void oonPayChargesTheFeeAndFilesAClaimWithNoClientFeeYet() {
        payer.insuredWithCheck();
        String id = Charges.create(practice.staffToken(), body("OON_PAY", "SESSION", 20000))
                .then()
                .statusCode(201)
                .body("status", is("SUCCEEDED"))
                .body("cardAmount", is(20000))
                .body("clientFeeAmount", is(0))
                .body("processingFeeAmount", is(600))
                .body("clinicianNetAmount", is(19400))
                .body("benefitCheckId", notNullValue())
                .body("claimId", notNullValue())
                .extract()
                .path("id");
        assertEquals("PROCESSING", data.scalar("SELECT status FROM claims WHERE charge_id = ?1", UUID.fromString(id)));
        assertEquals(
                20000L,
                ((Number) data.scalar("SELECT billed_cents FROM claims WHERE charge_id = ?1", UUID.fromString(id)))
                        .longValue());
        // staff charged on behalf of the clinician: the clinician is the provider, the staff member the creator
        Api.as(admin)
                .when()
                .get("/v1/charges/" + id)
                .then()
                .body("clinicianId", is(clinicianId))
                .body("createdBy", notNullValue())
                .body("diagnosisCodes", is(List.of("F41.1")));
    }

    @Test
    void thrizerPayChargesTheResponsibilityPlusFiveAndAdvancesTheRest() {
        payer.thrizerPayReady();
        String id = Charges.create(practice.clinicianToken(), body("THRIZER_PAY", "SESSION", 20000))
                .then()
                .statusCode(201)
                .body("status", is("SUCCEEDED"))
                .body("cardAmount", is(3500))
                .body("clientFeeAmount", is(1000))
                .body("thrizerAdvanceAmount", is(17500))
                .body("processingFeeAmount", is(600))
                .body("clinicianNetAmount", is(19400))
                .body("estimatedClientCostAmount", is(3500))
                .body("claimId", notNullValue())
                .extract()
                .path("id");
        assertEquals(
                17500,
                count(
                        "SELECT e.amount_cents FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id"
                                + " JOIN ledger_accounts a ON a.id = e.account_id WHERE p.charge_id = ?1"
                                + " AND a.code = 'ADVANCES_RECEIVABLE'",
                        UUID.fromString(id)));
        assertEquals(
                -1600,
                count(
                        "SELECT e.amount_cents FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id"
                                + " JOIN ledger_accounts a ON a.id = e.account_id WHERE p.charge_id = ?1"
                                + " AND a.code = 'PLATFORM_FEE_REVENUE'",
                        UUID.fromString(id)));
    }

    @Test
    void theReferralCreditWaivesProcessingOnTheFirst2500() {
        data.update("UPDATE practices SET fee_waiver_remaining_cents = 250000 WHERE id = ?1", practice.id());
        Charges.create(admin, body("SELF_PAY", "SESSION", 240000))
                .then()
                .statusCode(201)
                .body("processingFeeAmount", is(0))
                .body("clinicianNetAmount", is(240000));
        // $100 of credit left: 3% of the other $100
        Charges.create(admin, body("SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(201)
                .body("processingFeeAmount", is(300))
                .body("clinicianNetAmount", is(19700));
        Charges.create(admin, body("SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(201)
                .body("processingFeeAmount", is(600));
        assertEquals(0, count("SELECT fee_waiver_remaining_cents FROM practices WHERE id = ?1", practice.id()));
    }

    @Test
    void aDeclinedChargeKeepsNoCreditAndFilesNoClaim() {
        data.update("UPDATE practices SET fee_waiver_remaining_cents = 250000 WHERE id = ?1", practice.id());
        String declining = Charges.card(client, "tok_chargeDeclined");
        String id = Charges.create(admin, Charges.body(clientId, clinicianId, declining, "SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(201)
                .body("status", is("FAILED"))
                .body("failureCode", is("card_declined"))
                .extract()
                .path("id");
        assertEquals(250000, count("SELECT fee_waiver_remaining_cents FROM practices WHERE id = ?1", practice.id()));
        assertEquals(0, count("SELECT count(*) FROM ledger_postings WHERE charge_id = ?1", UUID.fromString(id)));
        Api.as(admin).when().get("/v1/balance").then().body("pendingAmount", is(0));
    }

    @Test
    void everyDeclineCodeIsReported() {
        for (String[] c : List.of(
                new String[] {"tok_chargeDeclined", "card_declined"},
                new String[] {"tok_insufficientFunds", "insufficient_funds"},
                new String[] {"tok_expiredCard", "expired_card"},
                new String[] {"tok_processingError", "processing_error"})) {
            String card = Charges.card(client, c[0]);
            Charges.create(admin, Charges.body(clientId, clinicianId, card, "SELF_PAY", "SESSION", 15000))
                    .then()
                    .statusCode(201)
                    .body("status", is("FAILED"))
                    .body("failureCode", is(c[1]))
                    .body("claimId", nullValue());
        }
    }

    @Test
    void aFailedChargeIsRetriedWithAnotherCardOnce() {
        payer.insuredWithCheck();
        String declining = Charges.card(client, "tok_insufficientFunds");
        String id = Charges.create(admin, Charges.body(clientId, clinicianId, declining, "OON_PAY", "SESSION", 20000))
                .then()
                .statusCode(201)
                .body("status", is("FAILED"))
                .body("claimId", nullValue())
                .extract()
                .path("id");
        // the same card again: declined again
        retry(id, new RetryChargeRequestDto())
                .then()
                .statusCode(201)
                .body("status", is("FAILED"))
                .body("attempts", is(2));
        String key = UUID.randomUUID().toString();
        Api.as(admin)
                .header("Idempotency-Key", key)
                .body(new RetryChargeRequestDto().paymentMethodId(UUID.fromString(visa)))
                .when()
                .post("/v1/charges/" + id + "/retries")
                .then()
                .statusCode(201)
                .body("id", is(id))
                .body("status", is("SUCCEEDED"))
                .body("failureCode", nullValue())
                .body("attempts", is(3))
                .body("paymentMethodId", is(visa))
                .body("claimId", notNullValue());
        // a replay answers the same; a succeeded charge cannot be retried (its card never changes)
        Api.as(admin)
                .header("Idempotency-Key", key)
                .body(new RetryChargeRequestDto().paymentMethodId(UUID.fromString(visa)))
                .when()
                .post("/v1/charges/" + id + "/retries")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
        retry(id, new RetryChargeRequestDto().paymentMethodId(UUID.fromString(declining)))
                .then()
                .statusCode(422)
                .body("code", is("charge_not_failed"));
        assertEquals(3, count("SELECT count(*) FROM charge_attempts WHERE charge_id = ?1", UUID.fromString(id)));
        assertEquals(1, count("SELECT count(*) FROM ledger_postings WHERE charge_id = ?1", UUID.fromString(id)));
    }

    private Response retry(String id, Object body) {
        return Api.as(admin)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .when()
                .post("/v1/charges/" + id + "/retries");
    }

    @Test
    void aRetryNeedsACardOfTheSameClient() {
        String declining = Charges.card(client, "tok_chargeDeclined");
        String id = Charges.create(admin, Charges.body(clientId, clinicianId, declining, "SELF_PAY", "SESSION", 20000))
                .path("id");
        String othersCard = practice.newClient("other").card("tok_visa");
        retry(id, new RetryChargeRequestDto().paymentMethodId(UUID.fromString(othersCard)))
                .then()
                .statusCode(422)
                .body("code", is("payment_method_unusable"));
        retry(UUID.randomUUID().toString(), new RetryChargeRequestDto()).then().statusCode(404);
    }

    // ---------- processor outages and lost answers

    @Test
    void anOutageKeepsNothingAndTheSameKeyCanBeRetried() {
        String down = Charges.card(client, "tok_processorUnavailable");
        String key = UUID.randomUUID().toString();
        Charges.create(admin, key, Charges.body(clientId, clinicianId, down, "SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(503)
                .body("code", is("payment_processor_unavailable"));
        assertEquals(0, count("SELECT count(*) FROM charges WHERE client_id = ?1", UUID.fromString(clientId)));

        String flaky = Charges.card(client, "tok_processorUnavailableOnce");
        var body = Charges.body(clientId, clinicianId, flaky, "SELF_PAY", "SESSION", 20000);
        String key2 = UUID.randomUUID().toString();
        Charges.create(admin, key2, body).then().statusCode(503);
        assertEquals(0, count("SELECT count(*) FROM charges WHERE client_id = ?1", UUID.fromString(clientId)));
        Charges.create(admin, key2, body).then().statusCode(201).body("status", is("SUCCEEDED"));
        assertEquals(1, count("SELECT count(*) FROM charges WHERE client_id = ?1", UUID.fromString(clientId)));
    }

    @Test
    void aLostAnswerLeavesThePendingChargeToTheRecoveryJob() {
        payer.insuredWithCheck();
        String timeout = Charges.card(client, "tok_processorTimeout");
        String id = Charges.create(admin, Charges.body(clientId, clinicianId, timeout, "OON_PAY", "SESSION", 20000))
                .then()
                .statusCode(201)
                .body("status", is("PENDING"))
                .body("claimId", nullValue())
                .extract()
                .path("id");
        assertEquals(0, count("SELECT count(*) FROM ledger_postings WHERE charge_id = ?1", UUID.fromString(id)));

        ChargeRecoveryJob.Result result = recovery.recover();
        assertEquals(0, result.stillPending());
        Api.as(admin)
                .when()
                .get("/v1/charges/" + id)
                .then()
                .body("status", is("SUCCEEDED"))
                .body("claimId", notNullValue());
        // a second run finds nothing to do: one posting, one claim
        recovery.recover();
        assertEquals(1, count("SELECT count(*) FROM ledger_postings WHERE charge_id = ?1", UUID.fromString(id)));
        assertEquals(1, count("SELECT count(*) FROM claims WHERE charge_id = ?1", UUID.fromString(id)));
    }

    // ---------- idempotency

    @Test
    void theSameKeyAnswersTheSameChargeAndAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String first =
                Charges.create(admin, key, body("SELF_PAY", "SESSION", 20000)).path("id");
        Charges.create(admin, key, body("SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", is(first));
        Charges.create(admin, key, body("SELF_PAY", "SESSION", 25000))
                .then()
                .statusCode(422)
                .body("code", is("idempotency_key_reused"));
        Api.as(admin)
                .body(body("SELF_PAY", "SESSION", 20000))
                .when()
                .post("/v1/charges")
                .then()
                .statusCode(400)
                .body("code", is("validation_failed"))
                .body("errors.param", hasItem("Idempotency-Key"));
        assertEquals(1, count("SELECT count(*) FROM charges WHERE client_id = ?1", UUID.fromString(clientId)));
    }

    @Test
    void twentyParallelRequestsWithOneKeyMakeOneCharge() throws Exception {
        String key = UUID.randomUUID().toString();
        CreateChargeRequestDto body = body("SELF_PAY", "SESSION", 20000);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> Charges.create(admin, key, body).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses, everyItem(oneOf(201, 409)));
            assertThat(statuses, hasItem(201));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT count(*) FROM charges WHERE client_id = ?1", UUID.fromString(clientId)));
        assertEquals(
                1,
                count(
                        "SELECT count(*) FROM charge_attempts a JOIN charges c ON c.id = a.charge_id"
                                + " WHERE c.client_id = ?1",
                        UUID.fromString(clientId)));
        Charges.create(admin, key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    // ---------- rules and validation

    @Test
    void badInputIsA400WithEveryField() {
        Charges.create(admin, "{}")
                .then()
                .statusCode(400)
                .body("code", is("validation_failed"))
                .body("errors.param", hasItem("clientId"));
        Charges.create(admin, body("SELF_PAY", "SESSION", 99))
                .then()
                .statusCode(400)
                .body("errors[0].code", is("out_of_range"));
        Charges.create(
                        admin,
                        Api.rawJson(json(body("SELF_PAY", "SESSION", 20000)).replace("\"SESSION\"", "\"BARTER\"")))
                .then()
                .statusCode(400);
        CreateChargeRequestDto noCpt =
                body("SELF_PAY", "SESSION", 20000).cptCode(null).durationMinutes(null);
        Charges.create(admin, noCpt)
                .then()
                .statusCode(400)
                .body("errors.param", is(List.of("cptCode", "durationMinutes")))
                .body("errors.code", is(List.of("required", "required")));
        Charges.create(admin, body("SELF_PAY", "SESSION", 20000).cptCode("99999"))
                .then()
                .statusCode(400)
                .body("errors[0].code", is("unknown_cpt_code"));
        Charges.create(
                        admin,
                        body("SELF_PAY", "SESSION", 20000)
                                .appointmentDate(LocalDate.now().plusDays(5)))
                .then()
                .statusCode(400)
                .body("errors[0].param", is("appointmentDate"))
                .body("errors[0].code", is("future_date"));
        Charges.create(admin, body("SELF_PAY", "SESSION", 20000).modifiers(List.of("95", "95")))
                .then()
                .statusCode(400)
                .body("errors[0].code", is("duplicate"));
        Charges.create(admin, body("SELF_PAY", "SESSION", 20000).diagnosisCodes(List.of("nope")))
                .then()
                .statusCode(400);
        Charges.create(
                        admin,
                        Api.rawJson(json(body("SELF_PAY", "SESSION", 20000)).replace("}", ", \"surprise\": 1}")))
                .then()
                .statusCode(400)
                .body("errors[0].code", is("unknown_property"));
        Charges.create(
                        admin,
                        Api.rawJson(json(body("SELF_PAY", "SESSION", 20000)).replace("\"10\"", "\"99\"")))
                .then()
                .statusCode(400);
    }

    @Test
    void theRulesAre422s() {
        // no insurance: OON Pay unavailable, with the reasons
        Charges.create(admin, body("OON_PAY", "SESSION", 20000))
                .then()
                .statusCode(422)
                .body("code", is("payment_type_unavailable"))
                .body("errors.code", hasItem("insurance_required"));
        // no-show and late-cancellation fees are Self-Pay only
        payer.insuredWithCheck();
        Charges.create(admin, body("OON_PAY", "NO_SHOW_FEE", 5000))
                .then()
                .statusCode(422)
                .body("errors.code", hasItem("self_pay_only_charge_kind"));
        Charges.create(admin, body("SELF_PAY", "LATE_CANCELLATION_FEE", 5000))
                .then()
                .statusCode(201)
                .body("kind", is("LATE_CANCELLATION_FEE"))
                .body("claimId", nullValue());
        // another client's card
        String othersCard = practice.newClient("other").card("tok_visa");
        Charges.create(admin, Charges.body(clientId, clinicianId, othersCard, "SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(422)
                .body("code", is("payment_method_unusable"))
                .body("param", is("paymentMethodId"));
        // a removed card
        String removed = Charges.card(client, "tok_mastercard");
        Api.as(client).when().delete("/v1/me/payment-methods/" + removed).then().statusCode(204);
        Charges.create(admin, Charges.body(clientId, clinicianId, removed, "SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(422)
                .body("code", is("payment_method_unusable"));
        // a provider without an NPI; a staff member is no provider
        data.update("UPDATE team_members SET npi = NULL WHERE id = ?1", practice.clinicianMemberId());
        Charges.create(admin, body("SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(422)
                .body("code", is("clinician_npi_required"));
        data.giveNpi(practice.clinicianMemberId());
        String staffId = data.scalar(
                        "SELECT CAST(id AS varchar) FROM team_members WHERE email = ?1", practice.staffEmail())
                .toString();
        Charges.create(admin, Charges.body(clientId, staffId, visa, "SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(422)
                .body("code", is("not_an_active_provider"));
    }

    @Test
    void archivedClientsMustBeUnarchivedAndRemovedOnesCannotBeCharged() {
        Api.as(admin).when().post("/v1/clients/" + clientId + "/archive").then().statusCode(200);
        Charges.create(admin, body("SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(422)
                .body("code", is("client_archived"));
        Api.as(admin)
                .when()
                .post("/v1/clients/" + clientId + "/unarchive")
                .then()
                .statusCode(200);
        Charges.create(admin, body("SELF_PAY", "SESSION", 20000)).then().statusCode(201);
        Api.as(admin).when().delete("/v1/clients/" + clientId).then().statusCode(200);
        Charges.create(admin, body("SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(422)
                .body("code", is("client_removed"));
    }

    @Test
    void aServiceGivesTheCodeAndDuration() {
        String serviceId = Api.as(admin)
                .body(new CreateServiceRequestDto()
                        .name("Intake")
                        .cptCode("90791")
                        .durationMinutes(60)
                        .rateAmount(25000L))
                .when()
                .post("/v1/team-members/" + clinicianId + "/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        CreateChargeRequestDto withService = body("SELF_PAY", "SESSION", 25000)
                .cptCode(null)
                .durationMinutes(null)
                .serviceId(UUID.fromString(serviceId));
        Charges.create(admin, withService)
                .then()
                .statusCode(201)
                .body("cptCode", is("90791"))
                .body("durationMinutes", is(60))
                .body("serviceId", is(serviceId));
        CreateChargeRequestDto both = body("SELF_PAY", "SESSION", 25000).serviceId(UUID.fromString(serviceId));
        Charges.create(admin, both)
                .then()
                .statusCode(400)
                .body("errors.code", is(List.of("not_allowed", "not_allowed")));
    }

    @Test
    void whoMayCharge() {
        Api.anonymous()
                .header("Idempotency-Key", "k1")
                .body(body("SELF_PAY", "SESSION", 20000))
                .when()
                .post("/v1/charges")
                .then()
                .statusCode(401);
        Charges.create(client, body("SELF_PAY", "SESSION", 20000)).then().statusCode(403);
        String readOnly = ApiKeys.create(admin, "charges:read");
        Charges.create(readOnly, body("SELF_PAY", "SESSION", 20000)).then().statusCode(403);
        String key = ApiKeys.create(admin, "charges:write", "charges:read");
        String id = Charges.create(key, body("SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // reads: charges:read; clients and credential-less callers never
        Api.as(readOnly).when().get("/v1/charges/" + id).then().statusCode(200);
        Api.as(readOnly).when().get("/v1/charges").then().statusCode(200);
        Api.as(ApiKeys.create(admin, "clients:read"))
                .when()
                .get("/v1/charges")
                .then()
                .statusCode(403);
        Api.as(client).when().get("/v1/charges/" + id).then().statusCode(403);
        Api.anonymous().when().get("/v1/charges").then().statusCode(401);
        Api.anonymous().when().get("/v1/charges/" + id + "/refunds").then().statusCode(401);
        Api.as(readOnly)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(new RetryChargeRequestDto())
                .when()
                .post("/v1/charges/" + id + "/retries")
                .then()
                .statusCode(403);
        Api.anonymous()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(new RetryChargeRequestDto())
                .when()
                .post("/v1/charges/" + id + "/retries")
                .then()
                .statusCode(401);
        // a clinician charges as themselves, not for another clinician
        UUID otherId = data.provider(practice.id()).id();
        Charges.create(
                        practice.clinicianToken(),
                        Charges.body(clientId, otherId.toString(), visa, "SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(403)
                .body("code", is("forbidden"));
    }

    @Test
    void anotherPracticesIdsAre404() {
        String id = Charges.create(admin, body("SELF_PAY", "SESSION", 20000)).path("id");
        TestPractice other = data.practice("Other Practice");
        String otherAdmin = other.adminToken();
        Api.as(otherAdmin)
                .when()
                .get("/v1/charges/" + id)
                .then()
                .statusCode(404)
                .body("code", is("not_found"));
        Api.as(otherAdmin).when().get("/v1/charges/" + id + "/refunds").then().statusCode(404);
        Charges.refund(otherAdmin, id, 100L).then().statusCode(404);
        data.giveNpi(other.clinicianMemberId());
        Charges.create(
                        otherAdmin,
                        Charges.body(
                                clientId, other.clinicianMemberId().toString(), visa, "SELF_PAY", "SESSION", 20000))
                .then()
                .statusCode(404);
        Api.as(otherAdmin).when().get("/v1/charges").then().statusCode(200).body("data.size()", is(0));
    }

    @Test
    void theListFiltersAndPages() {
        payer.insuredWithCheck();
        Charges.create(admin, body("SELF_PAY", "SESSION", 20000)).then().statusCode(201);
        Charges.create(admin, body("OON_PAY", "SESSION", 20000)).then().statusCode(201);
        String declining = Charges.card(client, "tok_chargeDeclined");
        Charges.create(admin, Charges.body(clientId, clinicianId, declining, "SELF_PAY", "NO_SHOW_FEE", 5000))
                .then()
                .statusCode(201);
        Api.as(admin).when().get("/v1/charges").then().statusCode(200).body("data.size()", is(3));
        Api.as(admin)
                .queryParam("paymentType", "OON_PAY")
                .when()
                .get("/v1/charges")
                .then()
                .body("data.size()", is(1));
        Api.as(admin)
                .queryParam("status", "FAILED")
                .when()
                .get("/v1/charges")
                .then()
                .body("data[0].kind", is("NO_SHOW_FEE"));
        Api.as(admin)
                .queryParam("kind", "SESSION")
                .when()
                .get("/v1/charges")
                .then()
                .body("data.size()", is(2));
        Api.as(admin)
                .queryParam("clientId", clientId)
                .when()
                .get("/v1/charges")
                .then()
                .body("data.size()", is(3));
        Api.as(admin)
                .queryParam("from", LocalDate.now().toString())
                .when()
                .get("/v1/charges")
                .then()
                .body("data.size()", is(0));
        Api.as(admin)
                .queryParam("from", LocalDate.now().toString())
                .queryParam("to", LocalDate.now().minusDays(3).toString())
                .when()
                .get("/v1/charges")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_range"));
        Api.as(admin)
                .queryParam("status", "LOST")
                .when()
                .get("/v1/charges")
                .then()
                .statusCode(400);
        String cursor = Api.as(admin)
                .queryParam("limit", 2)
                .when()
                .get("/v1/charges")
                .then()
                .body("data.size()", is(2))
                .body("hasMore", is(true))
                .extract()
                .path("nextCursor");
        Api.as(admin)
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when()
                .get("/v1/charges")
                .then()
                .body("data.size()", is(1))
                .body("hasMore", is(false));
        // the provider of record sees their charges; staff see the practice's
        Api.as(practice.clinicianToken()).when().get("/v1/charges").then().body("data.size()", is(3));
        Api.as(practice.staffToken()).when().get("/v1/charges").then().body("data.size()", is(3));
        String other = data.member(practice.id(), "CLINICIAN", true);
        Api.as(Tokens.of(other))
                .when()
                .get("/v1/charges")
                .then()
                .statusCode(200)
                .body("data.size()", is(0));
    }
}
