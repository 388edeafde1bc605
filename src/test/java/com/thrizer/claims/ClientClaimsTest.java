package com.thrizer.claims;

import static com.thrizer.claims.ClaimLifecycleTest.claim;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.thrizer.api.generated.model.CreateManualClaimRequestDto;
import com.thrizer.claims.domain.ClaimsJob;
import com.thrizer.testing.Api;
import com.thrizer.testing.Benefits;
import com.thrizer.testing.Charges;
import com.thrizer.testing.ManualClaims;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claims clients file themselves: by hand or with their superbill, after the $2.00 filing fee on their default card.
 * No fee, no claim; practice users can never file them.
 */
@QuarkusTest
class ClientClaimsTest {
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    TestData data;

    @Inject
    ClaimsJob job;

    PayingClient p;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Client Claims");
        Benefits.insure(
                p.client, "UHC", "SBX-DEDMET-" + UUID.randomUUID().toString().substring(0, 6));
    }

    static CreateManualClaimRequestDto fields(
            String npi, String serviceDate, long billed, String cpt, String diagnosis) {
        return ManualClaims.fields(npi, LocalDate.parse(serviceDate), billed, cpt, diagnosis);
    }

    static CreateManualClaimRequestDto validFields() {
        return fields(TestData.NPI, LocalDate.now(ZoneOffset.UTC).minusDays(3).toString(), 20000, "90837", "F41.1");
    }

    private ValidatableResponse file(String token, String key, Object body) {
        RequestSpecification spec = Api.as(token).body(body);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.when().post("/v1/me/claims").then();
    }

    private RequestSpecification upload(String token, byte[] file, String fileName, String mediaType) {
        return upload(token, file, fileName, mediaType, "20000");
    }

    private RequestSpecification upload(String token, byte[] file, String fileName, String mediaType, String billed) {
        RequestSpecification spec = given().auth()
                .oauth2(token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .multiPart("providerName", "Dana Rivera, LCSW")
                .multiPart("providerNpi", TestData.NPI)
                .multiPart("providerTin", "987654321")
                .multiPart(
                        "serviceDate",
                        LocalDate.now(ZoneOffset.UTC).minusDays(3).toString())
                .multiPart("billedAmount", billed)
                .multiPart("cptCode", "90837")
                .multiPart("diagnosisCodes", "F41.1, F32.0");
        if (file != null) {
            spec.multiPart("file", fileName, file, mediaType);
        }
        return spec;
    }

    private long feePostings() {
        return data.count(
                "SELECT count(*) FROM ledger_postings p JOIN claims c ON c.id = p.claim_id"
                        + " WHERE p.kind = 'CLAIM_FEE' AND c.client_id = ?1",
                UUID.fromString(p.clientId));
    }

    private long claimsOfClient() {
        return data.count("SELECT count(*) FROM claims WHERE client_id = ?1", UUID.fromString(p.clientId));
    }

    @Test
    void aManualClaimChargesTheFeeThenGoesToThePayerAndPaysTheClient() {
        String id = file(p.client, UUID.randomUUID().toString(), validFields())
                .statusCode(201)
                .header("Location", containsString("/v1/me/claims/"))
                .body("source", is("MANUAL_ENTRY"))
                .body("status", is("PROCESSING"))
                .body("filingFeeAmount", is(200))
                .body("paymentType", nullValue())
                .body("chargeId", nullValue())
                .body("estimate", nullValue())
                .body("document", nullValue())
                .body("provider.name", is("Dana Rivera, LCSW"))
                .body("provider.npi", is(TestData.NPI))
                .body("provider.tinLast4", is("4321"))
                .body("insurance.insurerId", is("united-healthcare"))
                .body("billedAmount", is(20000))
                .body("statusHistory[0].actor", is("USER"))
                .extract()
                .path("id");
        assertEquals(1, feePostings());
        assertEquals(
                200,
                data.count(
                        "SELECT e.amount_cents FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id"
                                + " JOIN ledger_accounts a ON a.id = e.account_id"
                                + " WHERE p.claim_id = ?1 AND a.code = 'PROCESSOR_CLEARING'",
                        UUID.fromString(id)));

        job.run(Instant.now());
        claim(p.admin, id)
                .body("source", is("MANUAL_ENTRY"))
                .body("result", is("REIMBURSED"))
                .body("adjudication.paidAmount", is(9600))
                .body("routing.clientFeeAmount", is(0)) // the filing fee was the fee
                .body("routing.clientReimbursementAmount", is(9600));
        Api.as(p.client)
                .when()
                .get("/v1/me/reimbursements")
                .then()
                .body("data[0].amount", is(9600))
                .body("data[0].status", is("AWAITING_BANK_ACCOUNT"));
        // no provider of record: a clinician does not see a client-filed claim
        Api.as(p.practice.clinicianToken())
                .when()
                .get("/v1/claims/" + id)
                .then()
                .statusCode(404);
        Api.as(p.admin)
                .queryParam("source", "MANUAL_ENTRY")
                .when()
                .get("/v1/claims")
                .then()
                .body("data.id", is(List.of(id)));
    }

    @Test
    void aRetryWithTheSameKeyNeverChargesTwice() {
        String key = UUID.randomUUID().toString();
        String id = file(p.client, key, validFields()).statusCode(201).extract().path("id");
        file(p.client, key, validFields())
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", is(id));
        file(p.client, key, validFields().billedAmount(25000L))
                .statusCode(422)
                .body("code", is("idempotency_key_reused"));
        assertEquals(1, feePostings());
        assertEquals(1, claimsOfClient());
        file(p.client, null, validFields()).statusCode(400).body("errors.param", hasItem("Idempotency-Key"));
    }

    @Test
    void noCardOrADeclinedCardFilesNoClaim() {
        Api.as(p.client)
                .when()
                .delete("/v1/me/payment-methods/" + p.visa)
                .then()
                .statusCode(204);
        file(p.client, UUID.randomUUID().toString(), validFields())
                .statusCode(422)
                .body("code", is("default_card_required"));

        String declined = Charges.card(p.client, "tok_chargeDeclined");
        Api.as(p.client)
                .when()
                .get("/v1/me/payment-methods")
                .then()
                .body("data.find { it.id == '" + declined + "' }.isDefault", is(true));
        file(p.client, UUID.randomUUID().toString(), validFields())
                .statusCode(422)
                .body("code", is("filing_fee_declined"))
                .body("errors[0].code", is("card_declined"));

        Charges.card(p.client, "tok_processorUnavailable");
        String down = Api.as(p.client)
                .when()
                .get("/v1/me/payment-methods")
                .then()
                .extract()
                .path("data.find { it.last4 == '0341' }.id");
        Api.as(p.client)
                .when()
                .post("/v1/me/payment-methods/" + down + "/default")
                .then()
                .statusCode(200);
        file(p.client, UUID.randomUUID().toString(), validFields())
                .statusCode(503)
                .body("code", is("payment_processor_unavailable"));

        assertEquals(0, claimsOfClient());
        assertEquals(0, feePostings());
    }

    @Test
    void theSevenFieldsAreValidated() {
        String key = UUID.randomUUID().toString();
        file(p.client, key, "{}").statusCode(400).body("code", is("validation_failed"));
        file(p.client, key, validFields().providerNpi(null))
                .statusCode(400)
                .body("errors.param", hasItem("providerNpi"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        file(p.client, UUID.randomUUID().toString(), fields("1245319598", today, 20000, "90837", "F41.1"))
                .statusCode(400)
                .body("errors[0].code", is("invalid_npi"));
        file(p.client, UUID.randomUUID().toString(), fields(TestData.NPI, "2999-01-01", 20000, "90837", "F41.1"))
                .statusCode(400)
                .body("errors[0].code", is("future_date"));
        file(p.client, UUID.randomUUID().toString(), fields(TestData.NPI, today, 20000, "99999", "F41.1"))
                .statusCode(400)
                .body("errors[0].code", is("unknown_cpt_code"));
        file(p.client, UUID.randomUUID().toString(), fields(TestData.NPI, today, 20000, "90840", "F41.1"))
                .statusCode(400)
                .body("errors[0].code", is("add_on_code_not_allowed"));
        file(p.client, UUID.randomUUID().toString(), fields(TestData.NPI, today, 20000, "90837", "NOPE"))
                .statusCode(400)
                .body("errors[0].code", is("invalid_icd10"));
        file(p.client, UUID.randomUUID().toString(), fields(TestData.NPI, today, 0, "90837", "F41.1"))
                .statusCode(400);
        file(p.client, UUID.randomUUID().toString(), validFields().providerTin("98-7654321"))
                .statusCode(400)
                .body("errors[0].param", is("providerTin"));
        assertEquals(0, claimsOfClient());
    }

    @Test
    void theClientsRecordMustCompleteTheClaim() {
        data.update("UPDATE clients SET date_of_birth = NULL WHERE id = ?1", UUID.fromString(p.clientId));
        file(p.client, UUID.randomUUID().toString(), validFields())
                .statusCode(422)
                .body("code", is("client_date_of_birth_required"));
        data.update("UPDATE clients SET date_of_birth = DATE '1990-04-12' WHERE id = ?1", UUID.fromString(p.clientId));
        data.update("DELETE FROM insurance_policies WHERE client_id = ?1", UUID.fromString(p.clientId));
        file(p.client, UUID.randomUUID().toString(), validFields())
                .statusCode(422)
                .body("code", is("insurance_required"));
        assertEquals(0, feePostings());
    }

    @Test
    void practiceUsersCanNeverFileForAClient() {
        for (String token : List.of(p.admin, p.practice.clinicianToken(), p.practice.staffToken())) {
            file(token, UUID.randomUUID().toString(), validFields()).statusCode(403);
            upload(token, PDF, "superbill.pdf", "application/pdf")
                    .when()
                    .post("/v1/me/superbill-uploads")
                    .then()
                    .statusCode(403);
        }
        Api.anonymous()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(validFields())
                .when()
                .post("/v1/me/claims")
                .then()
                .statusCode(401);
        given().header("Idempotency-Key", UUID.randomUUID().toString())
                .multiPart("file", "superbill.pdf", PDF, "application/pdf")
                .when()
                .post("/v1/me/superbill-uploads")
                .then()
                .statusCode(401);
        Api.as(p.admin).when().get("/v1/me/reimbursements").then().statusCode(403);
        assertEquals(0, claimsOfClient());
    }

    @Test
    void aSuperbillUploadFilesAClaimWithItsDocument() {
        String id = upload(p.client, PDF, "superbill.pdf", "application/pdf")
                .when()
                .post("/v1/me/superbill-uploads")
                .then()
                .statusCode(201)
                .body("source", is("SUPERBILL_UPLOAD"))
                .body("filingFeeAmount", is(200))
                .body("document.contentType", is("application/pdf"))
                .body("document.sizeBytes", is(PDF.length))
                .body("diagnosisCodes", is(List.of("F41.1", "F32.0")))
                .extract()
                .path("id");
        claim(p.admin, id).body("source", is("SUPERBILL_UPLOAD")).body("document.contentType", is("application/pdf"));
        assertEquals(
                PDF.length,
                data.count(
                        "SELECT octet_length(content) FROM claim_documents WHERE claim_id = ?1", UUID.fromString(id)));
        Api.as(p.client)
                .queryParam("limit", 100)
                .when()
                .get("/v1/me/claims")
                .then()
                .body("data.find { it.id == '" + id + "' }.document.sizeBytes", is(PDF.length));
        assertEquals(1, feePostings());
    }

    @Test
    void uploadsRefuseWrongTypesOversizeFilesAndBadFields() {
        upload(p.client, "just text".getBytes(StandardCharsets.UTF_8), "superbill.pdf", "application/pdf")
                .when()
                .post("/v1/me/superbill-uploads")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("file"))
                .body("errors[0].code", is("unsupported_file_type"));
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload(p.client, big, "superbill.pdf", "application/pdf")
                .when()
                .post("/v1/me/superbill-uploads")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("file_too_large"));
        upload(p.client, null, null, null)
                .when()
                .post("/v1/me/superbill-uploads")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("file"))
                .body("errors[0].code", is("required"));
        upload(p.client, PDF, "superbill.pdf", "application/pdf", "two hundred")
                .when()
                .post("/v1/me/superbill-uploads")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(p.client)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .multiPart("file", "superbill.pdf", PDF, "application/pdf")
                .when()
                .post("/v1/me/superbill-uploads")
                .then()
                .statusCode(400)
                .body("errors.param", hasItem("providerName"))
                .body("errors.param", hasItem("cptCode"));
        assertEquals(0, claimsOfClient());
    }

    @Test
    void aPngSuperbillIsAccepted() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        upload(p.client, png, "superbill.png", "image/png")
                .when()
                .post("/v1/me/superbill-uploads")
                .then()
                .statusCode(201)
                .body("document.contentType", is("image/png"))
                .body("submittedAt", nullValue())
                .body("expectedDecisionBy", notNullValue());
    }
}
