package com.thrizer.clients;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.AddressDto;
import com.thrizer.api.generated.model.BankAccountInputDto;
import com.thrizer.api.generated.model.CreateClinicianInvitationRequestDto;
import com.thrizer.api.generated.model.CreatePaymentMethodRequestDto;
import com.thrizer.api.generated.model.CreateSupportRequestDto;
import com.thrizer.api.generated.model.InsuranceInputDto;
import com.thrizer.api.generated.model.InsuranceInputSubscriberDto;
import com.thrizer.api.generated.model.SupportTopicDto;
import com.thrizer.api.generated.model.UpdateProfileRequestDto;
import com.thrizer.notifications.MockMailbox;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Charges;
import com.thrizer.testing.Clients;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestPractice;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {
    private static final InsuranceInputDto INSURANCE = new InsuranceInputDto()
            .insurer("UHC")
            .memberId("SBX-DEDMET-1234567890")
            .groupNumber("GRP-001")
            .planType(InsuranceInputDto.PlanTypeEnum.COMMERCIAL)
            .subscriberRelationship(InsuranceInputDto.SubscriberRelationshipEnum.SELF);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes();

    @Inject
    TestData data;

    @Inject
    MockMailbox mailbox;

    TestPractice practice;
    String clientId;
    String me;

    @BeforeEach
    void setUp() {
        practice = data.practice("Me Practice");
        String email = TestData.uniqueEmail("me");
        clientId = Clients.add(
                practice.adminToken(), email, practice.clinicianMemberId().toString(), null);
        me = Tokens.of(email);
    }

    @Test
    void readsAndUpdatesMyProfileButNotMyEmail() {
        Api.as(me)
                .when()
                .get("/v1/me")
                .then()
                .statusCode(200)
                .body("clientId", is(clientId))
                .body("status", is("ACTIVE"));
        Api.as(me)
                .body(new UpdateProfileRequestDto()
                        .phone("+12125550100")
                        .dateOfBirth(LocalDate.parse("1991-02-03"))
                        .address(new AddressDto()
                                .line1("2 Elm")
                                .city("Boston")
                                .state("MA")
                                .postalCode("02110")))
                .when()
                .patch("/v1/me")
                .then()
                .statusCode(200)
                .body("phone", is("+12125550100"))
                .body("dateOfBirth", is("1991-02-03"))
                .body("address.state", is("MA"));
        Api.as(me)
                .body(Api.rawJson("{\"email\": \"new@t.test\"}"))
                .when()
                .patch("/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("unknown_property"));
        Api.as(me)
                .body(new UpdateProfileRequestDto()
                        .address(new AddressDto()
                                .line1("2 Elm")
                                .city("Boston")
                                .state("XX")
                                .postalCode("02110")))
                .when()
                .patch("/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("address.state"));
    }

    @Test
    void keepsPracticeUsersAndKeysOutOfMe() {
        Api.as(practice.adminToken()).when().get("/v1/me").then().statusCode(403);
        String key = ApiKeys.create(practice.adminToken(), "clients:read");
        Api.as(key).when().get("/v1/me/insurance").then().statusCode(403);
        Api.anonymous().when().get("/v1/me").then().statusCode(401);
        Api.anonymous().when().get("/v1/me/payment-methods").then().statusCode(401);
    }

    @Test
    void storesInsuranceWithTheMemberIdEncryptedAndMasked() {
        Api.as(me).when().get("/v1/me/insurance").then().statusCode(404).body("code", is("insurance_not_found"));
        String policyId = Api.as(me)
                .body(INSURANCE)
                .when()
                .put("/v1/me/insurance")
                .then()
                .statusCode(200)
                .body("insurer.id", is("united-healthcare"))
                .body("insurer.name", is("United Healthcare"))
                .body("insurer.matchStatus", is("MATCHED"))
                .body("memberIdLast4", is("7890"))
                .body("cardImages.front", is(false))
                .extract()
                .path("id");
        String raw = data.scalar(
                        "SELECT member_id_encrypted FROM insurance_policies WHERE id = CAST(?1 AS uuid)", policyId)
                .toString();
        assertTrue(raw.startsWith("v1:"));
        assertFalse(raw.contains("1234567890"));
        String practiceView = Api.as(practice.adminToken())
                .when()
                .get("/v1/clients/" + clientId + "/insurance")
                .then()
                .statusCode(200)
                .body("memberIdLast4", is("7890"))
                .extract()
                .asString();
        assertFalse(practiceView.contains("1234567890"));
        Api.as(me)
                .body(new InsuranceInputDto()
                        .insurer("Acme Mutual")
                        .memberId("A1")
                        .planType(InsuranceInputDto.PlanTypeEnum.COMMERCIAL)
                        .subscriberRelationship(InsuranceInputDto.SubscriberRelationshipEnum.SELF))
                .when()
                .put("/v1/me/insurance")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("memberId"));
        Api.as(me)
                .body(new InsuranceInputDto()
                        .insurer("Acme Mutual")
                        .memberId("ACME-555")
                        .planType(InsuranceInputDto.PlanTypeEnum.COMMERCIAL)
                        .subscriberRelationship(InsuranceInputDto.SubscriberRelationshipEnum.SPOUSE)
                        .subscriber(new InsuranceInputSubscriberDto()
                                .firstName("Sam")
                                .lastName("Client")
                                .dateOfBirth(LocalDate.parse("1988-02-03"))))
                .when()
                .put("/v1/me/insurance")
                .then()
                .statusCode(200)
                .body("id", is(policyId))
                .body("insurer.id", nullValue())
                .body("insurer.name", is("Acme Mutual"))
                .body("insurer.matchStatus", is("NO_MATCH"))
                .body("insurer.needsReview", is(true))
                .body("subscriber.firstName", is("Sam"));
    }

    private static InsuranceInputDto selfInsured(String insurer, InsuranceInputDto.PlanTypeEnum plan) {
        return new InsuranceInputDto()
                .insurer(insurer)
                .memberId("M123")
                .planType(plan)
                .subscriberRelationship(InsuranceInputDto.SubscriberRelationshipEnum.SELF);
    }

    @Test
    void refusesGovernmentPlansAmbiguousInsurersAndBadSubscribers() {
        for (InsuranceInputDto body : List.of(
                selfInsured("Aetna", InsuranceInputDto.PlanTypeEnum.MEDICARE),
                selfInsured("Texas Medicaid", InsuranceInputDto.PlanTypeEnum.COMMERCIAL),
                selfInsured("TRICARE East", InsuranceInputDto.PlanTypeEnum.COMMERCIAL),
                selfInsured("Cigna", InsuranceInputDto.PlanTypeEnum.IN_NETWORK_ONLY))) {
            Api.as(me)
                    .body(body)
                    .when()
                    .put("/v1/me/insurance")
                    .then()
                    .statusCode(422)
                    .body("code", is("plan_not_supported"));
        }
        Api.as(me)
                .body(new InsuranceInputDto()
                        .insurer("Blue Cross")
                        .memberId("M123")
                        .planType(InsuranceInputDto.PlanTypeEnum.COMMERCIAL)
                        .subscriberRelationship(InsuranceInputDto.SubscriberRelationshipEnum.SELF))
                .when()
                .put("/v1/me/insurance")
                .then()
                .statusCode(422)
                .body("code", is("insurer_ambiguous"));
        Api.as(me)
                .body(new InsuranceInputDto()
                        .insurer("Aetna")
                        .memberId("M123")
                        .planType(InsuranceInputDto.PlanTypeEnum.COMMERCIAL)
                        .subscriberRelationship(InsuranceInputDto.SubscriberRelationshipEnum.CHILD))
                .when()
                .put("/v1/me/insurance")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("subscriber"))
                .body("errors[0].code", is("required"));
        Api.as(me).when().get("/v1/me/insurance").then().statusCode(404);
    }

    @Test
    void acceptsCardImagesByContentAndSize() {
        Api.as(me).body(INSURANCE).when().put("/v1/me/insurance").then().statusCode(200);
        given().auth()
                .oauth2(me)
                .multiPart("front", "front.png", PNG, "image/png")
                .multiPart("back", "back.pdf", PDF, "application/pdf")
                .when()
                .put("/v1/me/insurance/card-images")
                .then()
                .statusCode(200)
                .body("cardImages.front", is(true))
                .body("cardImages.back", is(true));
        given().auth()
                .oauth2(me)
                .multiPart("front", "front.png", "GIF89a....".getBytes(), "image/png")
                .when()
                .put("/v1/me/insurance/card-images")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("front"))
                .body("errors[0].code", is("unsupported_file_type"));
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        given().auth()
                .oauth2(me)
                .multiPart("back", "back.png", big, "image/png")
                .when()
                .put("/v1/me/insurance/card-images")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("back"))
                .body("errors[0].code", is("file_too_large"));
        given().auth()
                .oauth2(me)
                .contentType("application/json")
                .body("{}")
                .when()
                .put("/v1/me/insurance/card-images")
                .then()
                .statusCode(415);
    }

    @Test
    void requiresInsuranceBeforeCardImages() {
        given().auth()
                .oauth2(me)
                .multiPart("front", "front.png", PNG, "image/png")
                .when()
                .put("/v1/me/insurance/card-images")
                .then()
                .statusCode(422)
                .body("code", is("insurance_required"));
    }

    @Test
    void keepsExactlyOneDefaultCard() {
        Api.as(me).when().get("/v1/me/payment-methods").then().statusCode(200).body("data.size()", is(0));
        String visa = addCard("tok_visa");
        Api.as(me).when().get("/v1/me/payment-methods").then().body("data[0].isDefault", is(true));
        String hsa = addCard("tok_hsa_visa");
        String amex = addCard("tok_amex");
        Api.as(me)
                .when()
                .get("/v1/me/payment-methods")
                .then()
                .body("data.id", is(List.of(amex, hsa, visa)))
                .body("data.isDefault", is(List.of(false, false, true)))
                .body("data[1].hsaFsa", is(true))
                .body("data[1].funding", is("DEBIT"))
                .body("data[0].brand", is("AMEX"));
        Api.as(me)
                .when()
                .post("/v1/me/payment-methods/" + hsa + "/default")
                .then()
                .statusCode(200)
                .body("isDefault", is(true));
        Api.as(me).when().delete("/v1/me/payment-methods/" + hsa).then().statusCode(204);
        Api.as(me)
                .when()
                .get("/v1/me/payment-methods")
                .then()
                .body("data.id", is(List.of(amex, visa)))
                .body("data.isDefault", is(List.of(true, false)));
        Api.as(me).when().delete("/v1/me/payment-methods/" + hsa).then().statusCode(404);
        Api.as(practice.adminToken())
                .when()
                .get("/v1/clients/" + clientId + "/payment-methods")
                .then()
                .statusCode(200)
                .body("data.size()", is(2))
                .body("data[0].last4", is("8431"));
        Api.as(practice.adminToken())
                .when()
                .get("/v1/clients/" + clientId)
                .then()
                .body("defaultPaymentMethod.id", is(amex));
        Object defaults = data.scalar(
                "SELECT count(*) FROM payment_methods WHERE client_id = CAST(?1 AS uuid) AND is_default AND deleted_at IS NULL",
                clientId);
        assertEquals(1L, ((Number) defaults).longValue());
    }

    private String addCard(String token) {
        return Charges.card(me, token);
    }

    @Test
    void refusesUnknownCardTokensAndOthersCards() {
        Api.as(me)
                .body(new CreatePaymentMethodRequestDto().token("tok_unknown"))
                .when()
                .post("/v1/me/payment-methods")
                .then()
                .statusCode(422)
                .body("code", is("card_token_invalid"));
        Api.as(me)
                .body(new CreatePaymentMethodRequestDto().token("4242 4242 4242 4242"))
                .when()
                .post("/v1/me/payment-methods")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("token"));
        String mine = addCard("tok_visa");
        Api.as(practice.clientToken())
                .when()
                .delete("/v1/me/payment-methods/" + mine)
                .then()
                .statusCode(404);
        Api.as(practice.clientToken())
                .when()
                .post("/v1/me/payment-methods/" + mine + "/default")
                .then()
                .statusCode(404);
        Api.as(me)
                .when()
                .delete("/v1/me/payment-methods/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    @Test
    void storesTheReimbursementAccountEncryptedAndMasked() {
        Api.as(me).when().get("/v1/me/reimbursement-account").then().statusCode(404);
        BankAccountInputDto body = new BankAccountInputDto()
                .holderName("Cleo Client")
                .routingNumber("011000015")
                .accountNumber("000123456789")
                .accountType(BankAccountInputDto.AccountTypeEnum.SAVINGS);
        String response = Api.as(me)
                .body(body)
                .when()
                .put("/v1/me/reimbursement-account")
                .then()
                .statusCode(200)
                .body("routingNumberLast4", is("0015"))
                .body("accountNumberLast4", is("6789"))
                .body("accountType", is("SAVINGS"))
                .extract()
                .asString();
        assertFalse(response.contains("000123456789"));
        String raw = data.scalar(
                        "SELECT routing_number_encrypted || account_number_encrypted FROM bank_accounts"
                                + " WHERE client_id = CAST(?1 AS uuid)",
                        clientId)
                .toString();
        assertFalse(raw.contains("011000015"));
        assertFalse(raw.contains("000123456789"));
        Api.as(me)
                .body(new BankAccountInputDto()
                        .holderName("Cleo")
                        .routingNumber("011000016")
                        .accountNumber("1234")
                        .accountType(BankAccountInputDto.AccountTypeEnum.CHECKING))
                .when()
                .put("/v1/me/reimbursement-account")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_routing_number"));
        Api.as(me)
                .body(new BankAccountInputDto()
                        .holderName("Cleo")
                        .routingNumber("011000015")
                        .accountNumber("123")
                        .accountType(BankAccountInputDto.AccountTypeEnum.CHECKING))
                .when()
                .put("/v1/me/reimbursement-account")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("accountNumber"));
        Api.as(me).when().delete("/v1/me/reimbursement-account").then().statusCode(204);
        Api.as(me).when().get("/v1/me/reimbursement-account").then().statusCode(404);
        Api.as(me).when().delete("/v1/me/reimbursement-account").then().statusCode(404);
    }

    @Test
    void sendsSupportRequestsAndClinicianInvitations() {
        String id = Api.as(me)
                .body(new CreateSupportRequestDto()
                        .topic(SupportTopicDto.CLAIM_CORRECTION)
                        .message("The service date is wrong."))
                .when()
                .post("/v1/me/support-requests")
                .then()
                .statusCode(201)
                .body("status", is("OPEN"))
                .body("topic", is("CLAIM_CORRECTION"))
                .extract()
                .path("id");
        assertTrue(mailbox.sentTo("support@thrizer.com").stream()
                .anyMatch(m -> m.subject().contains(id) && !m.text().contains("service date")));
        Api.as(me)
                .body(Api.rawJson("{\"topic\": \"GOSSIP\", \"message\": \"x\"}"))
                .when()
                .post("/v1/me/support-requests")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("topic"));
        Api.as(me)
                .body(new CreateSupportRequestDto().topic(SupportTopicDto.OTHER).message("  "))
                .when()
                .post("/v1/me/support-requests")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("message"));

        String clinician = TestData.uniqueEmail("dr");
        Api.as(me)
                .body(new CreateClinicianInvitationRequestDto()
                        .firstName("Rita")
                        .lastName("Doctor")
                        .email(clinician))
                .when()
                .post("/v1/me/clinician-invitations")
                .then()
                .statusCode(201)
                .body("email", is(clinician));
        assertEquals(1, mailbox.sentTo(clinician).size());
        assertTrue(mailbox.sentTo(clinician).get(0).text().startsWith("Hi Rita,"));
        Api.as(me)
                .body(new CreateClinicianInvitationRequestDto()
                        .firstName("Rita")
                        .lastName("Doctor")
                        .email(clinician))
                .when()
                .post("/v1/me/clinician-invitations")
                .then()
                .statusCode(409)
                .body("code", is("clinician_already_invited"));
    }

    @Test
    void auditsTheClientsOwnReadsUnderTheirPractice() {
        Api.as(me).body(INSURANCE).when().put("/v1/me/insurance").then().statusCode(200);
        Api.as(me).when().get("/v1/me/insurance").then().statusCode(200);
        Api.as(practice.adminToken())
                .queryParam("resourceType", "INSURANCE")
                .when()
                .get("/v1/audit-events")
                .then()
                .body("data.action", is(List.of("READ", "CREATE")))
                .body("data[0].actorRoles", is(List.of("CLIENT")));
    }
}
