package com.thrizer.benefits;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.thrizer.api.generated.model.ChargeKindDto;
import com.thrizer.api.generated.model.CreateQuoteRequestDto;
import com.thrizer.api.generated.model.CreateServiceRequestDto;
import com.thrizer.api.generated.model.PaymentTypeDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Benefits;
import com.thrizer.testing.TestClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EligibilityAndQuotesTest {
    @Inject
    TestData data;

    TestPractice practice;
    String admin;
    String clinicianId;
    String clientId;
    String client;

    @BeforeEach
    void setUp() {
        practice = data.practice("Eligibility Practice");
        admin = practice.adminToken();
        clinicianId = practice.clinicianMemberId().toString();
        TestClient eligible = practice.newClient("eligible");
        clientId = eligible.id();
        client = eligible.token();
    }

    private ValidatableResponse eligibility(String kind) {
        var spec = Api.as(admin);
        if (kind != null) {
            spec.queryParam("kind", kind);
        }
        return spec.when()
                .get("/v1/clients/" + clientId + "/payment-eligibility")
                .then()
                .statusCode(200);
    }

    private static String reasons(String type) {
        return "paymentTypes.find { it.paymentType == '" + type + "' }.reasons";
    }

    @Test
    void withoutInsuranceOnlySelfPay() {
        eligibility(null)
                .body("kind", is("SESSION"))
                .body("benefitCheckId", nullValue())
                .body("paymentTypes.find { it.paymentType == 'SELF_PAY' }.available", is(true))
                .body(reasons("OON_PAY"), is(List.of("insurance_required", "diagnosis_required")))
                .body(
                        reasons("THRIZER_PAY"),
                        is(List.of("insurance_required", "diagnosis_required", "allowed_amount_unverified")));
    }

    @Test
    void everyReasonCodeThroughTheApi() {
        Benefits.diagnose(admin, clientId);
        Benefits.insure(client, "Acme Mutual", "ACME-1");
        eligibility(null).body(reasons("OON_PAY"), is(List.of("insurer_under_review")));
        Benefits.insure(client, "UHC", "SBX-DEDMET-1");
        eligibility(null).body(reasons("OON_PAY"), is(List.of("benefit_check_required")));
        Benefits.check(admin, clientId, "90837", 20000).then().statusCode(201);
        eligibility(null)
                .body(reasons("OON_PAY"), is(List.of()))
                .body(reasons("THRIZER_PAY"), is(List.of("allowed_amount_unverified")));
        Benefits.insure(client, "UHC", "SBX-DEDMET-2");
        eligibility(null).body(reasons("OON_PAY"), is(List.of("benefit_check_stale")));
        Benefits.insure(client, "UHC", "SBX-PARTIAL-1");
        Benefits.check(admin, clientId, "90837", 20000);
        eligibility(null).body(reasons("OON_PAY"), is(List.of("benefit_check_incomplete")));
        Benefits.insure(client, "UHC", "SBX-INACTIVE-1");
        Benefits.check(admin, clientId, "90837", 20000);
        eligibility(null).body(reasons("OON_PAY"), is(List.of("coverage_inactive")));
        Benefits.insure(client, "UHC", "SBX-NOOON-1");
        Benefits.check(admin, clientId, "90837", 20000);
        eligibility(null).body(reasons("OON_PAY"), is(List.of("no_oon_benefits")));
        Benefits.insure(client, "Kaiser", "SBX-DEDNOTMET-1");
        eligibility(null).body(reasons("OON_PAY"), is(List.of("insurer_under_review")));
        Benefits.insure(client, "Oscar", "SBX-DEDNOTMET-1");
        Benefits.check(admin, clientId, "90837", 20000);
        eligibility(null)
                .body(reasons("OON_PAY"), is(List.of()))
                .body(
                        reasons("THRIZER_PAY"),
                        is(List.of(
                                "deductible_not_met", "allowed_amount_unverified", "insurer_not_thrizer_pay_capable")));
        eligibility("NO_SHOW_FEE")
                .body("kind", is("NO_SHOW_FEE"))
                .body(reasons("SELF_PAY"), is(List.of()))
                .body(reasons("OON_PAY"), hasItem("self_pay_only_charge_kind"));
        Api.as(admin).body(Api.rawJson("{\"codes\": []}")).when().put("/v1/clients/" + clientId + "/diagnoses");
        eligibility(null).body(reasons("OON_PAY"), is(List.of("diagnosis_required")));
    }

    @Test
    void thrizerPayBecomesAvailableAfterAVerifiedDeductibleMetCheck() {
        Benefits.diagnose(admin, clientId);
        Benefits.insure(client, "UHC", "SBX-DEDMET-3");
        String checkId = Benefits.check(admin, clientId, "90837", 20000).path("id");
        String operator = Tokens.of("operator@demo.test");
        String id = Benefits.requestedVerification(admin, checkId);
        Benefits.completeVerification(operator, id, 0L, 1250, 20000L);
        eligibility(null).body("paymentTypes.available", is(List.of(true, true, true)));

        quote("THRIZER_PAY", "SESSION", 20000)
                .statusCode(200)
                .body("cardAmount", is(3500))
                .body("clientFeeAmount", is(1000))
                .body("thrizerAdvanceAmount", is(17500))
                .body("processingFeeAmount", is(600))
                .body("clinicianNetAmount", is(19400))
                .body("estimatedReimbursementAmount", is(17500))
                .body("estimatedClientCostAmount", is(3500))
                .body("isEstimate", is(true));
        quote("OON_PAY", "SESSION", 20000)
                .statusCode(200)
                .body("cardAmount", is(20000))
                .body("clientFeeAmount", is(200))
                .body("thrizerAdvanceAmount", is(0))
                .body("estimatedReimbursementAmount", is(17500))
                .body("estimatedClientCostAmount", is(2700));
        quote("SELF_PAY", "LATE_CANCELLATION_FEE", 5000)
                .statusCode(200)
                .body("cardAmount", is(5000))
                .body("processingFeeAmount", is(150))
                .body("benefitCheckId", nullValue());
    }

    private ValidatableResponse quote(String type, String kind, long fee) {
        return Api.as(admin)
                .body(new CreateQuoteRequestDto()
                        .clientId(UUID.fromString(clientId))
                        .clinicianId(UUID.fromString(clinicianId))
                        .paymentType(PaymentTypeDto.fromValue(type))
                        .kind(ChargeKindDto.fromValue(kind))
                        .sessionFeeAmount(Long.valueOf(fee)))
                .when()
                .post("/v1/quotes")
                .then();
    }

    @Test
    void refusesUnavailablePaymentTypesWithEveryReason() {
        Benefits.insure(client, "UHC", "SBX-DEDNOTMET-4");
        Benefits.check(admin, clientId, "90837", 20000);
        quote("THRIZER_PAY", "SESSION", 20000)
                .statusCode(422)
                .body("code", is("payment_type_unavailable"))
                .body(
                        "errors.code",
                        is(List.of("diagnosis_required", "deductible_not_met", "allowed_amount_unverified")));
        quote("OON_PAY", "NO_SHOW_FEE", 5000).statusCode(422).body("errors.code", hasItem("self_pay_only_charge_kind"));
        Benefits.diagnose(admin, clientId);
        quote("OON_PAY", "SESSION", 20000)
                .statusCode(200)
                .body("estimatedReimbursementAmount", is(0))
                .body("clientFeeAmount", is(0))
                .body("estimatedClientCostAmount", is(20000));
    }

    @Test
    void appliesTheReferralCreditToTheProcessingFee() {
        data.update("UPDATE practices SET fee_waiver_remaining_cents = 15000 WHERE id = ?1", practice.id());
        quote("SELF_PAY", "SESSION", 20000)
                .statusCode(200)
                .body("processingFeeAmount", is(150))
                .body("clinicianNetAmount", is(19850));
    }

    @Test
    void guardsQuotesAndEligibility() {
        Api.as(admin)
                .body(new CreateQuoteRequestDto())
                .when()
                .post("/v1/quotes")
                .then()
                .statusCode(400);
        Api.anonymous()
                .body(new CreateQuoteRequestDto())
                .when()
                .post("/v1/quotes")
                .then()
                .statusCode(401);
        Api.as(client)
                .body(new CreateQuoteRequestDto()
                        .clientId(UUID.fromString(clientId))
                        .clinicianId(UUID.fromString(clinicianId))
                        .paymentType(PaymentTypeDto.SELF_PAY)
                        .kind(ChargeKindDto.SESSION)
                        .sessionFeeAmount(100L))
                .when()
                .post("/v1/quotes")
                .then()
                .statusCode(403);
        quote("SELF_PAY", "SESSION", 99).statusCode(400).body("errors[0].param", is("sessionFeeAmount"));
        TestPractice other = data.practice("Other Quotes");
        Api.as(other.adminToken())
                .body(new CreateQuoteRequestDto()
                        .clientId(UUID.fromString(clientId))
                        .clinicianId(other.clinicianMemberId())
                        .paymentType(PaymentTypeDto.SELF_PAY)
                        .kind(ChargeKindDto.SESSION)
                        .sessionFeeAmount(100L))
                .when()
                .post("/v1/quotes")
                .then()
                .statusCode(404);
        Api.as(other.adminToken())
                .when()
                .get("/v1/clients/" + clientId + "/payment-eligibility")
                .then()
                .statusCode(404);
        Api.as(admin)
                .queryParam("kind", "TIP")
                .when()
                .get("/v1/clients/" + clientId + "/payment-eligibility")
                .then()
                .statusCode(400);
        String keyWithoutCharges = ApiKeys.create(admin, "benefits:read");
        Api.as(keyWithoutCharges)
                .body(new CreateQuoteRequestDto()
                        .clientId(UUID.fromString(clientId))
                        .clinicianId(UUID.fromString(clinicianId))
                        .paymentType(PaymentTypeDto.SELF_PAY)
                        .kind(ChargeKindDto.SESSION)
                        .sessionFeeAmount(100L))
                .when()
                .post("/v1/quotes")
                .then()
                .statusCode(403);
        Api.as(admin).when().post("/v1/clients/" + clientId + "/archive");
        quote("SELF_PAY", "SESSION", 1000).statusCode(422).body("code", is("client_archived"));
    }

    @Test
    void clientEstimatesPerServiceOfTheirClinician() {
        Api.as(admin)
                .body(new CreateServiceRequestDto()
                        .name("Therapy 53")
                        .cptCode("90837")
                        .durationMinutes(53)
                        .rateAmount(20000L))
                .when()
                .post("/v1/team-members/" + clinicianId + "/services")
                .then()
                .statusCode(201);
        Api.as(admin)
                .body(new CreateServiceRequestDto()
                        .name("Therapy 45")
                        .cptCode("90834")
                        .durationMinutes(45)
                        .rateAmount(15000L))
                .when()
                .post("/v1/team-members/" + clinicianId + "/services")
                .then()
                .statusCode(201);
        String connectionId = Api.as(client).when().get("/v1/me/connections").path("data[0].id");
        Api.as(client)
                .queryParam("connectionId", connectionId)
                .when()
                .get("/v1/me/estimates")
                .then()
                .statusCode(200)
                .body("benefitCheckId", nullValue())
                .body("services", hasSize(0));
        Benefits.insure(client, "UHC", "SBX-DEDMET-5");
        Benefits.check(admin, clientId, "90837", 20000);
        Api.as(client)
                .queryParam("connectionId", connectionId)
                .when()
                .get("/v1/me/estimates")
                .then()
                .statusCode(200)
                .body("clinicianName", is("Test Member"))
                .body("services", hasSize(2))
                .body("services[0].cptCode", is("90837"))
                .body("services[0].estimate.reimbursementAmount", is(9600))
                .body("services[1].cptCode", is("90834"))
                .body("services[1].estimate.baseAmount", is(10000))
                .body("services[1].estimate.reimbursementAmount", is(8000));
        Api.as(client)
                .when()
                .get("/v1/me/estimates")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("connectionId"));
        Api.as(practice.clientToken())
                .queryParam("connectionId", connectionId)
                .when()
                .get("/v1/me/estimates")
                .then()
                .statusCode(404);
        Api.as(admin)
                .queryParam("connectionId", connectionId)
                .when()
                .get("/v1/me/estimates")
                .then()
                .statusCode(403);
    }
}
