package com.thrizer.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.api.generated.model.BankAccountInputDto;
import com.thrizer.api.generated.model.CreateClinicianInvitationRequestDto;
import com.thrizer.api.generated.model.CreateManualClaimRequestDto;
import com.thrizer.api.generated.model.CreatePaymentMethodRequestDto;
import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.api.generated.model.CreateSupportRequestDto;
import com.thrizer.api.generated.model.InsuranceInputDto;
import com.thrizer.api.generated.model.SupportTopicDto;
import com.thrizer.api.generated.model.UpdateProfileRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Guard rail of issue 15 (the {@code /v1/me} operations are served by the features that own their data, one generated
 * interface per tag): every operation of {@code openapi.json} under {@code /v1/me} is called by a client with the real
 * ids of a fixture (their connection, card, charge, claim, superbill), in an order that makes each one possible, and
 * must get the answer its feature gives (a success, or the one business refusal named in {@link #REFUSALS}), never a
 * missing route (404 {@code not_found}, 405, 406, 415) or a 5xx. Every answer is validated against the contract
 * ({@code ContractValidation}). The operations come from the contract: a new {@code /v1/me} operation without a call
 * here fails the test.
 */
@QuarkusTest
class MeRoutesTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final BankAccountInputDto ACCOUNT = new BankAccountInputDto()
            .holderName("Cleo Client")
            .routingNumber("021000021")
            .accountNumber("000123456789")
            .accountType(BankAccountInputDto.AccountTypeEnum.CHECKING);

    /** The operations whose fixture call is refused by a business rule (status and code): the route was reached. */
    private static final Map<String, String> REFUSALS =
            Map.of("declineConnection", "422 connection_not_pending"); // the fixture connection is already accepted

    @Inject
    TestData data;

    @Test
    void shouldAnswerEveryMeOperationOfTheContractFromItsFeature() throws IOException {
        PayingClient p = PayingClient.of(data, "Me Routes");
        p.insuredWithCheck();
        data.update(
                "UPDATE practices SET address_line1 = '12 Main St', address_city = 'Springfield', address_state = 'IL',"
                        + " address_postal_code = '62701' WHERE id = ?1",
                p.practice.id());
        String chargeId = p.charge("SELF_PAY", 20000);
        String connectionId = data.scalar(
                        "SELECT CAST(id AS text) FROM connections WHERE practice_id = ?1 LIMIT 1", p.practice.id())
                .toString();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> ids = new LinkedHashMap<>();

        // in calling order: what an operation reads is made by an earlier one; deletions last
        Map<String, Supplier<Response>> calls = new LinkedHashMap<>();
        calls.put("getProfile", () -> Api.as(p.client).get("/v1/me"));
        calls.put(
                "updateProfile",
                () -> Api.as(p.client)
                        .body(new UpdateProfileRequestDto().phone("+12125550100"))
                        .patch("/v1/me"));
        calls.put("listMyConnections", () -> Api.as(p.client).get("/v1/me/connections"));
        calls.put("acceptConnection", () -> keyed(p.client).post("/v1/me/connections/" + connectionId + "/accept"));
        calls.put("declineConnection", () -> keyed(p.client).post("/v1/me/connections/" + connectionId + "/decline"));
        calls.put(
                "inviteClinician",
                () -> keyed(p.client)
                        .body(new CreateClinicianInvitationRequestDto()
                                .firstName("Rita")
                                .lastName("Doctor")
                                .email(TestData.uniqueEmail("dr")))
                        .post("/v1/me/clinician-invitations"));
        calls.put(
                "getMyEstimates",
                () -> Api.as(p.client).queryParam("connectionId", connectionId).get("/v1/me/estimates"));
        calls.put(
                "setMyInsurance",
                () -> Api.as(p.client)
                        .body(new InsuranceInputDto()
                                .insurer("UHC")
                                .memberId("SBX-DEDMET-1234567890")
                                .groupNumber("GRP-001")
                                .planType(InsuranceInputDto.PlanTypeEnum.COMMERCIAL)
                                .subscriberRelationship(InsuranceInputDto.SubscriberRelationshipEnum.SELF))
                        .put("/v1/me/insurance"));
        calls.put("getMyInsurance", () -> Api.as(p.client).get("/v1/me/insurance"));
        calls.put(
                "uploadCardImages",
                () -> given().auth()
                        .oauth2(p.client)
                        .multiPart("front", "front.png", PNG, "image/png")
                        .put("/v1/me/insurance/card-images"));
        calls.put("listMyPaymentMethods", () -> Api.as(p.client).get("/v1/me/payment-methods"));
        calls.put(
                "addPaymentMethod",
                () -> remember(
                        ids,
                        "paymentMethodId",
                        keyed(p.client)
                                .body(new CreatePaymentMethodRequestDto().token("tok_visa"))
                                .post("/v1/me/payment-methods")));
        calls.put(
                "setDefaultPaymentMethod", () -> keyed(p.client).post("/v1/me/payment-methods/" + p.visa + "/default"));
        calls.put(
                "setReimbursementAccount", () -> Api.as(p.client).body(ACCOUNT).put("/v1/me/reimbursement-account"));
        calls.put("getReimbursementAccount", () -> Api.as(p.client).get("/v1/me/reimbursement-account"));
        calls.put("listMyPayments", () -> Api.as(p.client).get("/v1/me/payments"));
        calls.put("exportMyPayments", () -> Api.as(p.client).get("/v1/me/payments/export"));
        calls.put("getMyPayment", () -> Api.as(p.client).get("/v1/me/payments/" + chargeId));
        calls.put("getMyReceipt", () -> Api.as(p.client).get("/v1/me/payments/" + chargeId + "/receipt"));
        calls.put(
                "createMySuperbill",
                () -> remember(
                        ids,
                        "superbillId",
                        keyed(p.client)
                                .body(new CreateSuperbillRequestDto()
                                        .from(today.minusDays(30))
                                        .to(today))
                                .post("/v1/me/superbills")));
        calls.put("getMySuperbill", () -> Api.as(p.client).get("/v1/me/superbills/" + ids.get("superbillId")));
        calls.put(
                "createMyClaim",
                () -> remember(
                        ids,
                        "claimId",
                        keyed(p.client)
                                .body(new CreateManualClaimRequestDto()
                                        .providerName("Dana Rivera, LCSW")
                                        .providerNpi(TestData.NPI)
                                        .providerTin("987654321")
                                        .serviceDate(today.minusDays(3))
                                        .billedAmount(20000L)
                                        .cptCode("90837")
                                        .diagnosisCodes(List.of("F41.1")))
                                .post("/v1/me/claims")));
        calls.put("listMyClaims", () -> Api.as(p.client).get("/v1/me/claims"));
        calls.put("getMyClaim", () -> Api.as(p.client).get("/v1/me/claims/" + ids.get("claimId")));
        calls.put(
                "uploadSuperbill",
                () -> given().auth()
                        .oauth2(p.client)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .multiPart("providerName", "Dana Rivera, LCSW")
                        .multiPart("providerNpi", TestData.NPI)
                        .multiPart("providerTin", "987654321")
                        .multiPart("serviceDate", today.minusDays(4).toString())
                        .multiPart("billedAmount", "18000")
                        .multiPart("cptCode", "90837")
                        .multiPart("diagnosisCodes", "F41.1")
                        .multiPart("file", "superbill.pdf", PDF, "application/pdf")
                        .post("/v1/me/superbill-uploads"));
        calls.put("listMyReimbursements", () -> Api.as(p.client).get("/v1/me/reimbursements"));
        calls.put("listMyBenefitChecks", () -> Api.as(p.client).get("/v1/me/benefit-checks"));
        calls.put(
                "createSupportRequest",
                () -> keyed(p.client)
                        .body(new CreateSupportRequestDto()
                                .topic(SupportTopicDto.PAYMENT_QUESTION)
                                .message("About my receipt")
                                .relatedChargeId(UUID.fromString(chargeId)))
                        .post("/v1/me/support-requests"));
        calls.put(
                "deletePaymentMethod",
                () -> Api.as(p.client).delete("/v1/me/payment-methods/" + ids.get("paymentMethodId")));
        calls.put("deleteReimbursementAccount", () -> Api.as(p.client).delete("/v1/me/reimbursement-account"));

        assertEquals(meOperations(), new TreeSet<>(calls.keySet()), "one call per /v1/me operation of the contract");
        List<String> wrong = new ArrayList<>();
        calls.forEach((operationId, call) -> {
            Response answer = call.get();
            int status = answer.statusCode();
            String code = status >= 400 ? answer.jsonPath().getString("code") : null;
            String refusal = REFUSALS.get(operationId);
            boolean expected = refusal == null ? status >= 200 && status < 300 : refusal.equals(status + " " + code);
            if (!expected) {
                wrong.add(operationId + ": " + status + " " + code);
            }
        });
        assertTrue(wrong.isEmpty(), "unexpected answers: " + wrong);
    }

    private static RequestSpecification keyed(String token) {
        return Api.as(token).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** Keeps the id of what a call created, for the calls after it. */
    private static Response remember(Map<String, String> ids, String name, Response created) {
        if (created.statusCode() == 201) {
            ids.put(name, created.jsonPath().getString("id"));
        }
        return created;
    }

    /** The operation ids of the contract whose path is {@code /v1/me} or under it. */
    private static Set<String> meOperations() throws IOException {
        JsonNode paths =
                new ObjectMapper().readTree(Path.of("openapi.json").toFile()).get("paths");
        Set<String> ids = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getKey().equals("/v1/me") || path.getKey().startsWith("/v1/me/")) {
                path.getValue().forEach(op -> {
                    if (op.has("operationId")) {
                        ids.add(op.get("operationId").asText());
                    }
                });
            }
        }
        return ids;
    }
}
