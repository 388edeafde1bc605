package com.thrizer.claims;

import static com.thrizer.claims.ClaimLifecycleTest.adjudicate;
import static com.thrizer.claims.ClaimLifecycleTest.approval;
import static com.thrizer.claims.ClaimLifecycleTest.claimIdOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Charges;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.TestProvider;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who reads which claims: practice users (clinicians only their own), API keys by scope, clients their own. */
@QuarkusTest
class ClaimReadsTest {
    @Inject
    TestData data;

    PayingClient p;
    String oonClaim;
    String otherClinicianClaim;
    String otherClinician;

    @BeforeEach
    void setUp() throws Exception {
        p = PayingClient.of(data, "Claims Reads");
        p.thrizerPayReady();
        oonClaim = claimIdOf(p.admin, p.charge("OON_PAY", 20000));
        adjudicate(oonClaim, approval(12000, 0, 2400, 9600)).statusCode(200);

        // a second clinician of the practice, provider of record of a Thrizer Pay claim
        TestProvider provider = data.provider(p.practice.id());
        otherClinician = provider.token();
        UUID memberId = provider.id();
        var body = Charges.body(p.clientId, memberId.toString(), p.visa, "THRIZER_PAY", "SESSION", 20000);
        String chargeId =
                Charges.create(p.admin, body).then().statusCode(201).extract().path("id");
        otherClinicianClaim = claimIdOf(p.admin, chargeId);
    }

    @Test
    void practiceUsersFilterTheirPracticesClaims() {
        Api.as(p.admin)
                .when()
                .get("/v1/claims")
                .then()
                .statusCode(200)
                .body("data.size()", is(2))
                .body("data[0].id", is(otherClinicianClaim)) // newest first
                .body("data[0].statusHistory", nullValue());
        Api.as(p.practice.staffToken())
                .queryParam("status", "APPROVED")
                .when()
                .get("/v1/claims")
                .then()
                .statusCode(200)
                .body("data.id", is(List.of(oonClaim)));
        Api.as(p.admin)
                .queryParam("result", "REIMBURSED")
                .queryParam("paymentType", "OON_PAY")
                .queryParam("chargeKind", "SESSION")
                .queryParam("source", "CHARGE")
                .queryParam("clientId", p.clientId)
                .when()
                .get("/v1/claims")
                .then()
                .body("data.id", is(List.of(oonClaim)));
        Api.as(p.admin)
                .queryParam("paymentType", "THRIZER_PAY")
                .when()
                .get("/v1/claims")
                .then()
                .body("data.id", is(List.of(otherClinicianClaim)));
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Api.as(p.admin)
                .queryParam("from", yesterday)
                .queryParam("to", yesterday)
                .queryParam("filedFrom", today)
                .queryParam("filedTo", today)
                .when()
                .get("/v1/claims")
                .then()
                .body("data.size()", is(2));
        Api.as(p.admin)
                .queryParam("from", today)
                .when()
                .get("/v1/claims")
                .then()
                .body("data.size()", is(0));
        Api.as(p.admin)
                .queryParam("limit", 1)
                .when()
                .get("/v1/claims")
                .then()
                .body("hasMore", is(true))
                .body("data.size()", is(1));
    }

    @Test
    void badFiltersAre400() {
        Api.as(p.admin)
                .queryParam("from", "2026-11-20")
                .queryParam("to", "2026-11-01")
                .when()
                .get("/v1/claims")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_range"));
        Api.as(p.admin)
                .queryParam("filedFrom", "2026-11-20")
                .queryParam("filedTo", "2026-11-01")
                .when()
                .get("/v1/claims")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("filedFrom"));
        Api.as(p.admin)
                .queryParam("status", "PAID")
                .when()
                .get("/v1/claims")
                .then()
                .statusCode(400);
    }

    @Test
    void cliniciansSeeOnlyTheClaimsTheyAreProviderOfRecordFor() {
        Api.as(p.practice.clinicianToken())
                .when()
                .get("/v1/claims")
                .then()
                .statusCode(200)
                .body("data.id", is(List.of(oonClaim)));
        Api.as(p.practice.clinicianToken())
                .when()
                .get("/v1/claims/" + otherClinicianClaim)
                .then()
                .statusCode(404);
        Api.as(otherClinician)
                .when()
                .get("/v1/claims/" + otherClinicianClaim)
                .then()
                .statusCode(200)
                .body("paymentType", is("THRIZER_PAY"));
    }

    @Test
    void anotherPracticesClaimsAre404() {
        PayingClient other = PayingClient.of(data, "Claims Other Practice");
        Api.as(other.admin).when().get("/v1/claims/" + oonClaim).then().statusCode(404);
        Api.as(other.admin).when().get("/v1/claims").then().body("data.id", not(hasItem(oonClaim)));
        Api.as(other.client).when().get("/v1/me/claims/" + oonClaim).then().statusCode(404);
        Api.as(other.client).when().get("/v1/me/claims").then().body("data.size()", is(0));
    }

    @Test
    void credentialsAndScopes() {
        Api.anonymous().when().get("/v1/claims").then().statusCode(401);
        Api.anonymous().when().get("/v1/claims/" + oonClaim).then().statusCode(401);
        Api.anonymous().when().get("/v1/me/claims").then().statusCode(401);
        Api.anonymous().when().get("/v1/me/reimbursements").then().statusCode(401);
        Api.as(p.client).when().get("/v1/claims").then().statusCode(403);
        Api.as(p.admin).when().get("/v1/me/claims").then().statusCode(403);
        Api.as(ApiKeys.create(p.admin, "charges:read"))
                .when()
                .get("/v1/claims")
                .then()
                .statusCode(403)
                .body("code", is("forbidden"));
        Api.as(ApiKeys.create(p.admin, "claims:read"))
                .when()
                .get("/v1/claims/" + oonClaim)
                .then()
                .statusCode(200)
                .body("routing.clientFeeAmount", is(200));
    }

    @Test
    void clientsSeeTheirOwnClaimsAndFilterThem() {
        Api.as(p.client)
                .queryParam("status", "APPROVED")
                .when()
                .get("/v1/me/claims")
                .then()
                .statusCode(200)
                .body("data.id", is(List.of(oonClaim)));
        Api.as(p.client)
                .when()
                .get("/v1/me/claims/" + otherClinicianClaim)
                .then()
                .statusCode(200)
                .body("status", is("PROCESSING"))
                .body("statusHistory.size()", is(1));
        Api.as(p.client)
                .queryParam("status", "SENT")
                .when()
                .get("/v1/me/reimbursements")
                .then()
                .statusCode(200)
                .body("data.size()", is(0));
        Api.as(p.client)
                .queryParam("status", "LOST")
                .when()
                .get("/v1/me/reimbursements")
                .then()
                .statusCode(400);
    }

    @Test
    void claimReadsAreAudited() {
        long before = data.count(
                "SELECT count(*) FROM audit_events WHERE resource_type = 'CLAIM' AND resource_id = ?1 AND action = 'READ'",
                oonClaim);
        Api.as(p.admin).when().get("/v1/claims/" + oonClaim).then().statusCode(200);
        Api.as(p.client).when().get("/v1/me/claims/" + oonClaim).then().statusCode(200);
        assertEquals(
                before + 2,
                data.count(
                        "SELECT count(*) FROM audit_events WHERE resource_type = 'CLAIM' AND resource_id = ?1"
                                + " AND action = 'READ'",
                        oonClaim));
    }

    @Test
    void theCsvExportHasEveryFilteredClaimAndNoPersonalData() throws Exception {
        String csv = Api.as(p.admin)
                .header("Accept", "text/csv")
                .when()
                .get("/v1/claims/export")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"claims.csv\"")
                .extract()
                .asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertEquals(2, rows.size());
        CSVRecord oon = rows.stream()
                .filter(r -> r.get("claim_id").equals(oonClaim))
                .findFirst()
                .orElseThrow();
        assertEquals("APPROVED", oon.get("status"));
        assertEquals("REIMBURSED", oon.get("result"));
        assertEquals("200.00", oon.get("billed"));
        assertEquals("175.00", oon.get("estimated_reimbursement")); // the verified check: $200 allowed, 12.5%
        assertEquals("96.00", oon.get("paid"));
        assertEquals("94.00", oon.get("client_reimbursement"));
        assertFalse(csv.contains("Cleo"));
        assertFalse(csv.contains("F41.1"));
        Api.as(p.practice.clinicianToken())
                .header("Accept", "text/csv")
                .when()
                .get("/v1/claims/export")
                .then()
                .statusCode(200)
                .body(not(containsString(otherClinicianClaim)));
        Api.as(p.admin)
                .header("Accept", "text/csv")
                .queryParam("from", "2026-11-20")
                .queryParam("to", "2026-11-01")
                .when()
                .get("/v1/claims/export")
                .then()
                .statusCode(400);
    }
}
