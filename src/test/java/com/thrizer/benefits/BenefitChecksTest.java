package com.thrizer.benefits;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.CreateBenefitCheckRequestDto;
import com.thrizer.api.generated.model.CreateServiceRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Benefits;
import com.thrizer.testing.TestClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BenefitChecksTest {
    @Inject
    TestData data;

    TestPractice practice;
    String admin;
    String clientId;
    String client;

    @BeforeEach
    void setUp() {
        practice = data.practice("Benefits Practice");
        admin = practice.adminToken();
        TestClient insured = practice.newClient("insured");
        clientId = insured.id();
        client = insured.token();
    }

    @Test
    void deductibleNotMetMatchesTheHelpCenterFiguresAndProjects() {
        Benefits.insure(client, "UHC", "SBX-DEDNOTMET-0001");
        Api.as(admin)
                .queryParam("sessions", 3)
                .body(new CreateBenefitCheckRequestDto().cptCode("90837").sessionFeeAmount(20000L))
                .when()
                .post("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(201)
                .header("Location", containsString("/v1/benefit-checks/"))
                .body("status", is("COMPLETE"))
                .body("coverageActive", is(true))
                .body("oonBenefits", is("YES"))
                .body("insurer.id", is("united-healthcare"))
                .body("deductibleTotalAmount", is(150000))
                .body("deductibleMetAmount", is(30000))
                .body("deductibleRemainingAmount", is(120000))
                .body("outOfPocketTotalAmount", is(600000))
                .body("outOfPocketRemainingAmount", is(500000))
                .body("coinsuranceBasisPoints", is(2000))
                .body("estimatedAllowedAmount", is(12000))
                .body("source", is("PAYER_ELECTRONIC"))
                .body("confidence", is("MEDIUM"))
                .body("stale", is(false))
                .body("nextStep", nullValue())
                .body("manualVerificationId", nullValue())
                .body("latestManualVerification", nullValue())
                .body("estimate.isEstimate", is(true))
                .body("estimate.deductibleAmount", is(12000))
                .body("estimate.reimbursementAmount", is(0))
                .body("estimate.clientCostAmount", is(20000))
                .body("projection", hasSize(3))
                .body("projection[1].deductibleRemainingBeforeAmount", is(108000));
    }

    @Test
    void deductibleMetEstimatesCoinsuranceOnTheAllowedAmount() {
        Benefits.insure(client, "Aetna", "SBX-DEDMET-0002");
        Benefits.check(admin, clientId, "90834", 15000)
                .then()
                .statusCode(201)
                .body("status", is("COMPLETE"))
                .body("deductibleRemainingAmount", is(0))
                .body("estimatedAllowedAmount", is(10000))
                .body("estimate.baseAmount", is(10000))
                .body("estimate.coinsuranceAmount", is(2000))
                .body("estimate.reimbursementAmount", is(8000))
                .body("estimate.clientCostAmount", is(7000));
    }

    @Test
    void everyOtherScenario() {
        Benefits.insure(client, "Cigna", "SBX-NOOON-1");
        Benefits.check(admin, clientId, "90837", 20000)
                .then()
                .statusCode(201)
                .body("status", is("COMPLETE"))
                .body("oonBenefits", is("NO"))
                .body("estimate", nullValue())
                .body("projection", hasSize(0));
        Benefits.insure(client, "Cigna", "SBX-INACTIVE-1");
        Benefits.check(admin, clientId, "90837", 20000)
                .then()
                .statusCode(201)
                .body("status", is("COMPLETE"))
                .body("coverageActive", is(false))
                .body("oonBenefits", is("UNKNOWN"));
        Benefits.insure(client, "Cigna", "SBX-TIMEOUT-1");
        Benefits.check(admin, clientId, "90837", 20000)
                .then()
                .statusCode(201)
                .body("status", is("FAILED"))
                .body("failureReason", is("PAYER_TIMEOUT"))
                .body("oonBenefits", is("UNKNOWN"))
                .body("nextStep", is("MANUAL_VERIFICATION"));
        Benefits.insure(client, "Cigna", "SBX-PARTIAL-1");
        Benefits.check(admin, clientId, "90837", 20000)
                .then()
                .statusCode(201)
                .body("status", is("INCOMPLETE"))
                .body("failureReason", is("MISSING_BENEFIT_DETAILS"))
                .body("oonBenefits", is("UNKNOWN"))
                .body("nextStep", is("MANUAL_VERIFICATION"));
        Benefits.insure(client, "Cigna", "SBX-DENY-1");
        Benefits.check(admin, clientId, "90837", 20000).then().statusCode(201).body("status", is("COMPLETE"));
        Benefits.insure(client, "Acme Mutual", "ACME-1");
        Benefits.check(admin, clientId, "90837", 20000)
                .then()
                .statusCode(201)
                .body("status", is("FAILED"))
                .body("failureReason", is("INSURER_UNDER_REVIEW"))
                .body("nextStep", is("MANUAL_VERIFICATION"));
    }

    @Test
    void anyOtherMemberIdGetsTheSameDerivedAnswerEveryTime() {
        Benefits.insure(client, "Oscar", "W123456789");
        var first = Benefits.check(admin, clientId, "90837", 20000);
        var second = Benefits.check(admin, clientId, "90837", 20000);
        first.then().statusCode(201).body("status", is("COMPLETE"));
        for (String field : List.of(
                "deductibleTotalAmount",
                "deductibleRemainingAmount",
                "coinsuranceBasisPoints",
                "estimatedAllowedAmount",
                "estimate.reimbursementAmount")) {
            second.then().body(field, is((Object) first.path(field)));
        }
        first.then().body("estimatedAllowedAmount", is(10200)).body("confidence", is("MEDIUM"));
    }

    @Test
    void guessesTheAllowedAmountWithLowConfidenceWithoutAScheduleRow() {
        Benefits.insure(client, "Aetna", "SBX-DEDMET-3");
        Benefits.check(admin, clientId, "90853", 9000)
                .then()
                .statusCode(201)
                .body("estimatedAllowedAmount", is(5400))
                .body("confidence", is("LOW"));
    }

    @Test
    void checksAServiceByItsIdAndValidatesTheTarget() {
        Benefits.insure(client, "UHC", "SBX-DEDMET-4");
        String serviceId = Api.as(admin)
                .body(new CreateServiceRequestDto()
                        .name("Therapy")
                        .cptCode("90834")
                        .durationMinutes(45)
                        .rateAmount(18000L))
                .when()
                .post("/v1/team-members/" + practice.clinicianMemberId() + "/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(admin)
                .body(new CreateBenefitCheckRequestDto().serviceId(UUID.fromString(serviceId)))
                .when()
                .post("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(201)
                .body("cptCode", is("90834"))
                .body("sessionFeeAmount", is(18000));
        Api.as(admin)
                .body(new CreateBenefitCheckRequestDto())
                .when()
                .post("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_combination"));
        Api.as(admin)
                .body(new CreateBenefitCheckRequestDto()
                        .serviceId(UUID.fromString(serviceId))
                        .cptCode("90837"))
                .when()
                .post("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(400);
        Api.as(admin)
                .body(new CreateBenefitCheckRequestDto().cptCode("90837"))
                .when()
                .post("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("sessionFeeAmount"));
        Api.as(admin)
                .body(new CreateBenefitCheckRequestDto().cptCode("90840").sessionFeeAmount(1000L))
                .when()
                .post("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("add_on_code_not_allowed"));
        Api.as(admin)
                .body(new CreateBenefitCheckRequestDto().serviceId(UUID.randomUUID()))
                .when()
                .post("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(404);
        Api.as(admin)
                .queryParam("sessions", 53)
                .body(new CreateBenefitCheckRequestDto().cptCode("90837").sessionFeeAmount(1000L))
                .when()
                .post("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("sessions"));
    }

    @Test
    void requiresInsurance() {
        Benefits.check(admin, clientId, "90837", 20000).then().statusCode(422).body("code", is("insurance_required"));
    }

    @Test
    void becomesStaleWhenTheInsuranceChanges() {
        Benefits.insure(client, "UHC", "SBX-DEDMET-5");
        String id = Benefits.check(admin, clientId, "90837", 20000).path("id");
        Api.as(admin)
                .when()
                .get("/v1/benefit-checks/" + id)
                .then()
                .statusCode(200)
                .body("stale", is(false));
        Benefits.insure(client, "UHC", "SBX-DEDMET-6");
        Api.as(admin).when().get("/v1/benefit-checks/" + id).then().body("stale", is(true));
        data.update(
                "UPDATE benefit_checks SET stale_after = now() - interval '1 second',"
                        + " insurance_updated_at = now() + interval '1 day' WHERE id = CAST(?1 AS uuid)",
                id);
        Api.as(admin).when().get("/v1/benefit-checks/" + id).then().body("stale", is(true));
    }

    @Test
    void keepsThePayersRawAnswerEncryptedAndForOperatorsOnly() {
        Benefits.insure(client, "UHC", "SBX-DEDMET-7777");
        String id = Benefits.check(admin, clientId, "90837", 20000).path("id");
        String raw = data.scalar("SELECT raw_response_encrypted FROM benefit_checks WHERE id = CAST(?1 AS uuid)", id)
                .toString();
        assertTrue(raw.startsWith("v1:"));
        assertFalse(raw.contains("SBX-DEDMET-7777"));
        String operator = Tokens.of("operator@demo.test");
        Api.as(operator)
                .when()
                .get("/v1/admin/benefit-checks/" + id)
                .then()
                .statusCode(200)
                .body("practiceId", is(practice.id().toString()))
                .body("rawPayerResponse.subscriber.memberId", is("SBX-DEDMET-7777"))
                .body("rawPayerResponse.benefitsInformation.code", hasItem("C"));
        Api.as(admin).when().get("/v1/admin/benefit-checks/" + id).then().statusCode(403);
        String practiceView =
                Api.as(admin).when().get("/v1/benefit-checks/" + id).asString();
        assertFalse(practiceView.contains("SBX-DEDMET-7777"));
        assertFalse(practiceView.contains("benefitsInformation"));
    }

    @Test
    void listsForThePracticeAndTheClientOnly() {
        Benefits.insure(client, "UHC", "SBX-DEDMET-8");
        String first = Benefits.check(admin, clientId, "90837", 20000).path("id");
        String second = Benefits.check(practice.clinicianToken(), clientId, "90834", 15000)
                .path("id");
        Api.as(practice.staffToken())
                .when()
                .get("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(200)
                .body("data.id", is(List.of(second, first)))
                .body("data.projection.flatten()", hasSize(0));
        Api.as(client)
                .when()
                .get("/v1/me/benefit-checks")
                .then()
                .statusCode(200)
                .body("data.id", is(List.of(second, first)));
        // a practice endpoint: clients get 403 there, even for their own check (issue 14, item 4)
        Api.as(client)
                .when()
                .get("/v1/benefit-checks/" + first)
                .then()
                .statusCode(403)
                .body("code", is("forbidden"));
        Api.as(practice.clientToken())
                .when()
                .get("/v1/benefit-checks/" + first)
                .then()
                .statusCode(403);
        Api.as(admin)
                .queryParam("resourceType", "BENEFIT_CHECK")
                .queryParam("action", "CREATE")
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data", hasSize(2));
    }

    @Test
    void guardsRolesScopesAndPractices() {
        Benefits.insure(client, "UHC", "SBX-DEDMET-9");
        String id = Benefits.check(admin, clientId, "90837", 20000).path("id");
        TestPractice other = data.practice("Other Benefits");
        Api.as(other.adminToken()).when().get("/v1/benefit-checks/" + id).then().statusCode(404);
        Benefits.check(other.adminToken(), clientId, "90837", 20000).then().statusCode(404);
        Api.as(other.adminToken())
                .when()
                .get("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(404);
        String otherClinician = data.member(practice.id(), "CLINICIAN", true);
        Api.as(Tokens.of(otherClinician))
                .when()
                .get("/v1/benefit-checks/" + id)
                .then()
                .statusCode(404);
        Api.anonymous().when().get("/v1/benefit-checks/" + id).then().statusCode(401);
        Benefits.check(client, clientId, "90837", 20000).then().statusCode(403);
        String reader = ApiKeys.create(admin, "benefits:read");
        Api.as(reader).when().get("/v1/benefit-checks/" + id).then().statusCode(200);
        Benefits.check(reader, clientId, "90837", 20000).then().statusCode(403);
        String writer = ApiKeys.create(admin, "benefits:write");
        Benefits.check(writer, clientId, "90837", 20000).then().statusCode(201);
        Api.as(admin)
                .when()
                .get("/v1/benefit-checks/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void refusesRemovedClients() {
        Benefits.insure(client, "UHC", "SBX-DEDMET-10");
        Api.as(admin).when().delete("/v1/clients/" + clientId).then().statusCode(200);
        Benefits.check(admin, clientId, "90837", 20000).then().statusCode(422).body("code", is("client_removed"));
        Api.as(admin)
                .when()
                .get("/v1/clients/" + clientId + "/benefit-checks")
                .then()
                .statusCode(200)
                .body("data.status", everyItem(notNullValue()));
    }
}
