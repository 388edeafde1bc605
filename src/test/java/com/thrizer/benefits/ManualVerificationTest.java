package com.thrizer.benefits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.CompleteManualVerificationRequestDto;
import com.thrizer.api.generated.model.CreateManualVerificationRequestDto;
import com.thrizer.api.generated.model.UnableToVerifyRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.Benefits;
import com.thrizer.testing.TestClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ManualVerificationTest {
    /** A fresh complete verification body (DTOs are mutable: one per use). */
    private static CompleteManualVerificationRequestDto verified() {
        return new CompleteManualVerificationRequestDto()
                .coverageActive(true)
                .oonBenefits(CompleteManualVerificationRequestDto.OonBenefitsEnum.YES)
                .deductibleTotalAmount(100000L)
                .deductibleRemainingAmount(0L)
                .outOfPocketTotalAmount(500000L)
                .outOfPocketRemainingAmount(420000L)
                .coinsuranceBasisPoints(2000)
                .allowedAmount(14000L);
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1};

    @Inject
    TestData data;

    private ValidatableResponse startReview(String id) {
        return Api.as(operator)
                .when()
                .post("/v1/admin/manual-verifications/" + id + "/start-review")
                .then();
    }

    private ValidatableResponse complete(String id, CompleteManualVerificationRequestDto body) {
        return Api.as(operator)
                .body(body)
                .when()
                .post("/v1/admin/manual-verifications/" + id + "/complete")
                .then();
    }

    TestPractice practice;
    String admin;
    String clientId;
    String client;
    String operator;

    @BeforeEach
    void setUp() {
        practice = data.practice("Verification Practice");
        admin = practice.adminToken();
        TestClient verified = practice.newClient("verify");
        clientId = verified.id();
        client = verified.token();
        operator = Tokens.of("operator@demo.test");
    }

    @Test
    void clientRequestsOperatorCompletesAndTheNewCheckIsTrusted() {
        Benefits.insure(client, "UHC", "SBX-PARTIAL-1");
        given().auth()
                .oauth2(client)
                .multiPart("front", "f.png", PNG, "image/png")
                .when()
                .put("/v1/me/insurance/card-images");
        String checkId = Benefits.check(admin, clientId, "90837", 20000).path("id");
        String id = Api.as(client)
                .body(new CreateManualVerificationRequestDto()
                        .dateOfBirth(LocalDate.parse("1990-04-17"))
                        .correctedMemberId("W987654321")
                        .note("New card"))
                .when()
                .post("/v1/benefit-checks/" + checkId + "/manual-verifications")
                .then()
                .statusCode(201)
                .body("status", is("REQUESTED"))
                .body("correctedMemberIdLast4", is("4321"))
                .body("cardImages.front", is(true))
                .body("cardImages.back", is(false))
                .extract()
                .path("id");
        String raw = data.scalar(
                        "SELECT corrected_member_id_encrypted FROM manual_verifications WHERE id = CAST(?1 AS uuid)",
                        id)
                .toString();
        assertFalse(raw.contains("W987654321"));
        Api.as(admin)
                .when()
                .get("/v1/benefit-checks/" + checkId)
                .then()
                .body("status", is("INCOMPLETE"))
                .body("failureReason", is("MISSING_BENEFIT_DETAILS"))
                .body("manualVerificationId", is(id))
                .body("latestManualVerification.id", is(id))
                .body("latestManualVerification.status", is("REQUESTED"))
                .body("latestManualVerification.resultBenefitCheckId", nullValue());
        Benefits.requestVerification(admin, checkId)
                .then()
                .statusCode(409)
                .body("code", is("manual_verification_open"));

        Api.as(operator)
                .queryParam("status", "REQUESTED")
                .queryParam("limit", 100)
                .when()
                .get("/v1/admin/manual-verifications")
                .then()
                .statusCode(200)
                .body("data.id", hasItem(id));
        startReview(id).statusCode(200).body("status", is("IN_REVIEW"));
        startReview(id).statusCode(422).body("code", is("manual_verification_not_open"));
        String result = complete(id, verified())
                .statusCode(200)
                .body("status", is("COMPLETED"))
                .body("resultBenefitCheckId", notNullValue())
                .extract()
                .path("resultBenefitCheckId");
        Api.as(admin)
                .when()
                .get("/v1/benefit-checks/" + result)
                .then()
                .body("status", is("COMPLETE"))
                .body("source", is("MANUAL_VERIFICATION"))
                .body("confidence", is("HIGH"))
                .body("estimatedAllowedAmount", is(14000))
                .body("estimate.reimbursementAmount", is(11200));
        Api.as(admin)
                .when()
                .get("/v1/benefit-checks/" + checkId)
                .then()
                .body("status", is("INCOMPLETE"))
                .body("failureReason", is("MISSING_BENEFIT_DETAILS"))
                .body("manualVerificationId", nullValue())
                .body("latestManualVerification.status", is("COMPLETED"))
                .body("latestManualVerification.resultBenefitCheckId", is(result));
        complete(id, verified()).statusCode(422).body("code", is("manual_verification_not_open"));
    }

    @Test
    void operatorCanBeUnableToVerify() {
        Benefits.insure(client, "UHC", "SBX-TIMEOUT-1");
        String checkId = Benefits.check(admin, clientId, "90837", 20000).path("id");
        String id = Benefits.requestedVerification(practice.clinicianToken(), checkId);
        Api.as(operator)
                .body(new UnableToVerifyRequestDto().reason("  "))
                .when()
                .post("/v1/admin/manual-verifications/" + id + "/unable-to-verify")
                .then()
                .statusCode(400);
        Api.as(operator)
                .body(new UnableToVerifyRequestDto().reason("The payer has no record of this member."))
                .when()
                .post("/v1/admin/manual-verifications/" + id + "/unable-to-verify")
                .then()
                .statusCode(200)
                .body("status", is("UNABLE_TO_VERIFY"))
                .body("reason", is("The payer has no record of this member."));
        // the check keeps the payer's answer; the verification's outcome is its own
        Api.as(admin)
                .when()
                .get("/v1/benefit-checks/" + checkId)
                .then()
                .body("status", is("FAILED"))
                .body("failureReason", is("PAYER_TIMEOUT"))
                .body("manualVerificationId", nullValue())
                .body("latestManualVerification.id", is(id))
                .body("latestManualVerification.status", is("UNABLE_TO_VERIFY"))
                .body("latestManualVerification.resultBenefitCheckId", nullValue());
        String again = Benefits.requestedVerification(admin, checkId);
        Api.as(admin)
                .when()
                .get("/v1/benefit-checks/" + checkId)
                .then()
                .body("status", is("FAILED"))
                .body("manualVerificationId", is(again))
                .body("latestManualVerification.id", is(again))
                .body("latestManualVerification.status", is("REQUESTED"));
    }

    @Test
    void aFailedCheckStaysFailedThroughItsVerificationWhichLinksBothChecks() {
        Benefits.insure(client, "UHC", "SBX-TIMEOUT-2");
        Benefits.diagnose(admin, clientId);
        String checkId = Benefits.check(admin, clientId, "90837", 20000)
                .then()
                .statusCode(201)
                .body("status", is("FAILED"))
                .body("failureReason", is("PAYER_TIMEOUT"))
                .body("latestManualVerification", nullValue())
                .extract()
                .path("id");
        assertCurrentCheck(checkId, false);
        String id = Benefits.requestVerification(admin, checkId)
                .then()
                .statusCode(201)
                .body("status", is("REQUESTED"))
                .body("benefitCheckId", is(checkId))
                .body("resultBenefitCheckId", nullValue())
                .extract()
                .path("id");
        assertFailedWithVerification(checkId, id, "REQUESTED", true);
        assertCurrentCheck(checkId, false);
        startReview(id).statusCode(200).body("status", is("IN_REVIEW"));
        assertFailedWithVerification(checkId, id, "IN_REVIEW", true);
        String result = complete(id, verified())
                .statusCode(200)
                .body("status", is("COMPLETED"))
                .body("benefitCheckId", is(checkId))
                .body("resultBenefitCheckId", notNullValue())
                .extract()
                .path("resultBenefitCheckId");
        assertFailedWithVerification(checkId, id, "COMPLETED", false);
        Api.as(admin)
                .when()
                .get("/v1/benefit-checks/" + checkId)
                .then()
                .body("latestManualVerification.resultBenefitCheckId", is(result));
        Api.as(admin)
                .when()
                .get("/v1/benefit-checks/" + result)
                .then()
                .body("status", is("COMPLETE"))
                .body("failureReason", nullValue())
                .body("source", is("MANUAL_VERIFICATION"))
                .body("latestManualVerification", nullValue());
        // the client's history: the verified check, then the payer's answer as it was
        Api.as(admin)
                .when()
                .get("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(200)
                .body("data.id", is(List.of(result, checkId)))
                .body("data.status", is(List.of("COMPLETE", "FAILED")));
        Api.as(client)
                .when()
                .get("/v1/me/benefit-checks")
                .then()
                .statusCode(200)
                .body("data.status", is(List.of("COMPLETE", "FAILED")))
                .body("data[1].latestManualVerification.status", is("COMPLETED"));
        // the verified check is the client's current benefits
        assertCurrentCheck(result, true);
        Api.as(admin)
                .queryParam("type", "manual_verification.completed")
                .when()
                .get("/v1/events")
                .then()
                .statusCode(200)
                .body("data.find { it.data.object.id == '" + id + "' }.data.object.benefitCheckId", is(checkId))
                .body("data.find { it.data.object.id == '" + id + "' }.data.object.resultBenefitCheckId", is(result));
        assertEquals(
                "FAILED",
                data.scalar("SELECT status FROM benefit_checks WHERE id = CAST(?1 AS uuid)", checkId)
                        .toString());
        // and the database itself refuses to rewrite an answer
        RuntimeException refused = assertThrows(
                RuntimeException.class,
                () -> data.update(
                        "UPDATE benefit_checks SET status = 'INCOMPLETE' WHERE id = CAST(?1 AS uuid)", checkId));
        Throwable cause = refused;
        while (cause.getCause() != null && !String.valueOf(cause.getMessage()).contains("keeps the status")) {
            cause = cause.getCause();
        }
        assertTrue(String.valueOf(cause.getMessage()).contains("keeps the status"), String.valueOf(refused));
    }

    private void assertFailedWithVerification(String checkId, String id, String status, boolean open) {
        Api.as(admin)
                .when()
                .get("/v1/benefit-checks/" + checkId)
                .then()
                .statusCode(200)
                .body("status", is("FAILED"))
                .body("failureReason", is("PAYER_TIMEOUT"))
                .body("nextStep", is("MANUAL_VERIFICATION"))
                .body("manualVerificationId", open ? is(id) : nullValue())
                .body("latestManualVerification.id", is(id))
                .body("latestManualVerification.status", is(status));
    }

    /** Which check eligibility takes as the client's current benefits, and whether OON Pay is open with it. */
    private void assertCurrentCheck(String checkId, boolean oonPay) {
        Api.as(admin)
                .queryParam("kind", "SESSION")
                .when()
                .get("/v1/clients/" + clientId + "/payment-eligibility")
                .then()
                .statusCode(200)
                .body("benefitCheckId", is(checkId))
                .body("paymentTypes.find { it.paymentType == 'OON_PAY' }.available", is(oonPay));
        if (!oonPay) {
            Api.as(admin)
                    .queryParam("kind", "SESSION")
                    .when()
                    .get("/v1/clients/" + clientId + "/payment-eligibility")
                    .then()
                    .body(
                            "paymentTypes.find { it.paymentType == 'OON_PAY' }.reasons",
                            hasItem("benefit_check_incomplete"));
        }
    }

    @Test
    void validatesVerifiedValues() {
        Benefits.insure(client, "UHC", "SBX-PARTIAL-2");
        String checkId = Benefits.check(admin, clientId, "90837", 20000).path("id");
        String id = Benefits.requestedVerification(admin, checkId);
        complete(id, verified().deductibleRemainingAmount(200000L))
                .statusCode(400)
                .body("errors[0].param", is("deductibleRemainingAmount"));
        complete(id, verified().coinsuranceBasisPoints(20000))
                .statusCode(400)
                .body("errors[0].param", is("coinsuranceBasisPoints"));
        complete(id, verified().outOfPocketRemainingAmount(null))
                .statusCode(400)
                .body("errors[0].param", is("outOfPocketRemainingAmount"));
        Api.as(client)
                .body(new CreateManualVerificationRequestDto().correctedMemberId("bad id!"))
                .when()
                .post("/v1/benefit-checks/" + checkId + "/manual-verifications")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("correctedMemberId"));
    }

    @Test
    void guardsWhoMayRequestAndReview() {
        Benefits.insure(client, "UHC", "SBX-PARTIAL-3");
        String checkId = Benefits.check(admin, clientId, "90837", 20000).path("id");
        TestPractice other = data.practice("Other Verifications");
        Benefits.requestVerification(other.adminToken(), checkId).then().statusCode(404);
        Benefits.requestVerification(practice.clientToken(), checkId).then().statusCode(404);
        Api.anonymous()
                .body(new CreateManualVerificationRequestDto())
                .when()
                .post("/v1/benefit-checks/" + checkId + "/manual-verifications")
                .then()
                .statusCode(401);
        Api.as(admin).when().get("/v1/admin/manual-verifications").then().statusCode(403);
        Api.as(client).when().get("/v1/admin/manual-verifications").then().statusCode(403);
        Api.anonymous().when().get("/v1/admin/manual-verifications").then().statusCode(401);
        Api.as(operator)
                .when()
                .post("/v1/admin/manual-verifications/" + UUID.randomUUID() + "/start-review")
                .then()
                .statusCode(404);
        Api.as(operator)
                .queryParam("status", "LOST")
                .when()
                .get("/v1/admin/manual-verifications")
                .then()
                .statusCode(400);
    }
}
