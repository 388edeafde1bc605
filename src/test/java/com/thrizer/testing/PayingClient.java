package com.thrizer.testing;

import com.thrizer.api.generated.model.CreateChargeRequestDto;
import java.util.UUID;

/** A practice whose clinician has an NPI, and a client of theirs with a Visa card: ready to be charged. */
public final class PayingClient {
    public final TestPractice practice;
    public final String admin;
    public final String clinicianId;
    public final String clientId;
    public final String client;
    public final String visa;

    private PayingClient(TestPractice practice, String clientId, String client, String visa) {
        this.practice = practice;
        this.admin = practice.adminToken();
        this.clinicianId = practice.clinicianMemberId().toString();
        this.clientId = clientId;
        this.client = client;
        this.visa = visa;
    }

    public static PayingClient of(TestData data, String practiceName) {
        TestPractice practice = data.practice(practiceName);
        data.giveNpi(practice.clinicianMemberId());
        TestClient client = practice.newClient("payer");
        return new PayingClient(practice, client.id(), client.token(), client.card("tok_visa"));
    }

    /** A session charge body with the Visa card. */
    public CreateChargeRequestDto body(String type, String kind, long fee) {
        return Charges.body(clientId, clinicianId, visa, type, kind, fee);
    }

    /** Creates a charge as the admin; returns its id. */
    public String charge(String type, long fee) {
        return Charges.create(admin, body(type, "SESSION", fee))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Diagnosis, insurance (deductible met) and a benefit check: OON Pay available. */
    public void insuredWithCheck() {
        insuredWithCheck("SBX-DEDMET-");
    }

    /** Diagnosis, UHC insurance with a sandbox member id of this scenario prefix, and a benefit check (90837, $200). */
    public void insuredWithCheck(String memberPrefix) {
        Benefits.diagnose(admin, clientId);
        Benefits.insure(
                client, "UHC", memberPrefix + UUID.randomUUID().toString().substring(0, 6));
        Benefits.check(admin, clientId, "90837", 20000).then().statusCode(201);
    }

    /** A verified check: deductible met, 12.5% coinsurance, $200 allowed: $25 responsibility on a $200 session. */
    public void thrizerPayReady() {
        verified("SBX-DEDMET-", 0, 1250, 20000);
    }

    /**
     * Insurance of this scenario and a manually verified check (confidence HIGH) with these figures; the deductible's
     * total is $1,000.
     */
    public void verified(String memberPrefix, long deductibleRemaining, int coinsuranceBps, long allowed) {
        insuredWithCheck(memberPrefix);
        String checkId = Api.as(admin)
                .when()
                .get("/v1/clients/" + clientId + "/payment-eligibility")
                .then()
                .extract()
                .path("benefitCheckId");
        String verification = Benefits.requestedVerification(admin, checkId);
        Benefits.completeVerification(
                Tokens.of("operator@demo.test"), verification, deductibleRemaining, coinsuranceBps, allowed);
    }
}
