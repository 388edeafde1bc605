package com.thrizer.testing;

import com.thrizer.api.generated.model.CompleteManualVerificationRequestDto;
import com.thrizer.api.generated.model.CreateBenefitCheckRequestDto;
import com.thrizer.api.generated.model.CreateManualVerificationRequestDto;
import com.thrizer.api.generated.model.DiagnosesRequestDto;
import com.thrizer.api.generated.model.InsuranceInputDto;
import io.restassured.response.Response;
import java.util.List;

/** Setting up a client for benefit checks through the API. */
public final class Benefits {
    private Benefits() {}

    /** Links insurance for the signed-in client. */
    public static void insure(String clientToken, String insurer, String memberId) {
        Api.as(clientToken)
                .body(new InsuranceInputDto()
                        .insurer(insurer)
                        .memberId(memberId)
                        .planType(InsuranceInputDto.PlanTypeEnum.COMMERCIAL)
                        .subscriberRelationship(InsuranceInputDto.SubscriberRelationshipEnum.SELF))
                .when()
                .put("/v1/me/insurance")
                .then()
                .statusCode(200);
    }

    /** Runs a check for a CPT code and fee; returns the response body path helper. */
    public static Response check(String token, String clientId, String cpt, long feeCents) {
        return Api.as(token)
                .body(new CreateBenefitCheckRequestDto().cptCode(cpt).sessionFeeAmount(feeCents))
                .when()
                .post("/v1/clients/" + clientId + "/benefit-checks");
    }

    public static void diagnose(String token, String clientId) {
        Api.as(token)
                .body(new DiagnosesRequestDto().codes(List.of("F41.1")))
                .when()
                .put("/v1/clients/" + clientId + "/diagnoses")
                .then()
                .statusCode(200);
    }

    /** Asks for a manual verification of a check (an empty request). */
    public static Response requestVerification(String token, String checkId) {
        return Api.as(token)
                .body(new CreateManualVerificationRequestDto())
                .when()
                .post("/v1/benefit-checks/" + checkId + "/manual-verifications");
    }

    /** Asks for a manual verification of a check (an empty request); returns the new verification's id. */
    public static String requestedVerification(String token, String checkId) {
        return requestVerification(token, checkId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The operator completes a verification with these figures (coverage active, OON benefits, $1,000 deductible). */
    public static void completeVerification(
            String operatorToken, String id, long deductibleRemaining, int coinsuranceBps, long allowed) {
        Api.as(operatorToken)
                .body(new CompleteManualVerificationRequestDto()
                        .coverageActive(true)
                        .oonBenefits(CompleteManualVerificationRequestDto.OonBenefitsEnum.YES)
                        .deductibleTotalAmount(100000L)
                        .deductibleRemainingAmount(deductibleRemaining)
                        .coinsuranceBasisPoints(coinsuranceBps)
                        .allowedAmount(allowed))
                .when()
                .post("/v1/admin/manual-verifications/" + id + "/complete")
                .then()
                .statusCode(200);
    }
}
