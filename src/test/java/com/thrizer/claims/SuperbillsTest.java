package com.thrizer.claims;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Benefits;
import com.thrizer.testing.Charges;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Superbill PDFs of a client's Self-Pay sessions: made by the practice or the client, never a claim. */
@QuarkusTest
class SuperbillsTest {
    @Inject
    TestData data;

    PayingClient p;
    CreateSuperbillRequestDto period;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Superbill Practice");
        data.update(
                "UPDATE practices SET address_line1 = '12 Main St', address_city = 'Springfield', address_state = 'IL',"
                        + " address_postal_code = '62701' WHERE id = ?1",
                p.practice.id());
        Benefits.diagnose(p.admin, p.clientId);
        Benefits.insure(
                p.client, "UHC", "SBX-DEDMET-SB" + UUID.randomUUID().toString().substring(0, 4));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        period = new CreateSuperbillRequestDto().from(today.minusDays(30)).to(today);
    }

    private ValidatableResponse create(String token, String path, Object body) {
        return Api.as(token).body(body).when().post(path).then();
    }

    /** The path of the Location header of a creation. */
    private static String locationOf(ValidatableResponse created) {
        return created.extract().header("Location").replaceFirst("^https?://[^/]+", "");
    }

    /** A superbill's PDF (200, application/pdf). */
    private static byte[] pdf(String token, String location) {
        return Api.as(token)
                .when()
                .get(location)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void thePracticesSuperbillListsTheSelfPaySessionsWithProviderAndPatient() throws Exception {
        p.charge("SELF_PAY", 20000);
        p.charge("SELF_PAY", 15000);
        String refunded = p.charge("SELF_PAY", 10000);
        Charges.refund(p.admin, refunded, 4000L).then().statusCode(201);
        long claimsBefore = data.count("SELECT count(*) FROM claims");

        String location = locationOf(create(p.admin, "/v1/clients/" + p.clientId + "/superbills", period)
                .statusCode(201)
                .header("Location", containsString("/v1/clients/" + p.clientId + "/superbills/"))
                .body("lineCount", is(3))
                .body("totalAmount", is(20000 + 15000 + 6000))
                .body("clientId", is(p.clientId)));
        byte[] pdf = pdf(p.admin, location);
        String text = text(pdf);
        assertTrue(text.contains("Superbill"), text);
        assertTrue(text.contains("Superbill Practice"), text);
        assertTrue(text.contains("12 Main St, Springfield, IL 62701"), text);
        assertTrue(text.contains(TestData.TIN), text);
        assertTrue(text.contains("NPI " + TestData.NPI), text);
        assertTrue(text.contains("Cleo Client"), text);
        assertTrue(text.contains("1990-04-12"), text);
        assertTrue(text.contains("United"), text);
        assertTrue(text.contains(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()), text);
        assertTrue(text.contains("90837 95"), text);
        assertTrue(text.contains("F41.1"), text);
        assertTrue(text.contains("$200.00"), text);
        assertTrue(text.contains("$60.00"), text); // $100 less the $40 refund
        assertTrue(text.contains("$410.00"), text); // total paid
        assertEquals(claimsBefore, data.count("SELECT count(*) FROM claims")); // never a claim
    }

    @Test
    void aLongSuperbillIdentifiesProviderAndPatientOnEveryPageAndNumbersItsPages() throws Exception {
        for (int i = 0; i < 80; i++) {
            p.charge("SELF_PAY", 123400);
        }
        String id = create(p.admin, "/v1/clients/" + p.clientId + "/superbills", period)
                .statusCode(201)
                .body("lineCount", is(80))
                .extract()
                .path("id");
        byte[] pdf = Api.as(p.admin)
                .accept("application/pdf")
                .when()
                .get("/v1/clients/" + p.clientId + "/superbills/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(3, doc.getNumberOfPages());
            for (int page = 1; page <= 3; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertTrue(text.contains("Page " + page + " of 3"), text);
                assertTrue(text.contains("Superbill Practice"), text);
                assertTrue(text.contains(TestData.TIN), text);
                assertTrue(text.contains("Cleo Client"), text);
                assertTrue(text.contains("1990-04-12"), text);
                assertTrue(text.contains(id), text);
            }
            // amounts with thousands separators, the totals under their columns (same right edges)
            Map<String, Set<Long>> rightEdges = new HashMap<>();
            PDFTextStripper edges = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    TextPosition last = positions.get(positions.size() - 1);
                    rightEdges.computeIfAbsent(text, t -> new TreeSet<>()).add((long)
                            Math.round(last.getXDirAdj() + last.getWidthDirAdj()));
                    super.writeString(text, positions);
                }
            };
            String all = edges.getText(doc);
            assertTrue(all.contains("Total $98,720.00 $98,720.00"), all);
            assertEquals(Set.of(462L, 540L), rightEdges.get("$1,234.00"), all);
            assertEquals(rightEdges.get("$1,234.00"), rightEdges.get("$98,720.00"), all);
        }
    }

    @Test
    void onlySelfPaySessionsCount() {
        Benefits.check(p.admin, p.clientId, "90837", 20000).then().statusCode(201);
        p.charge("OON_PAY", 20000);
        Charges.create(p.admin, p.body("SELF_PAY", "NO_SHOW_FEE", 5000)).then().statusCode(201);
        create(p.admin, "/v1/clients/" + p.clientId + "/superbills", period)
                .statusCode(422)
                .body("code", is("no_self_pay_sessions"));
        p.charge("SELF_PAY", 20000);
        create(p.admin, "/v1/clients/" + p.clientId + "/superbills", period)
                .statusCode(201)
                .body("lineCount", is(1));
    }

    @Test
    void theClientMakesTheSameFromTheirOwnPayments() throws Exception {
        p.charge("SELF_PAY", 20000);
        String location = locationOf(create(p.client, "/v1/me/superbills", period)
                .statusCode(201)
                .header("Location", containsString("/v1/me/superbills/"))
                .body("lineCount", is(1)));
        byte[] pdf = pdf(p.client, location);
        assertTrue(text(pdf).contains("$200.00"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        // the practice reaches it under the client; another client does not
        Api.as(p.admin)
                .when()
                .get("/v1/clients/" + p.clientId + "/superbills/" + id)
                .then()
                .statusCode(200);
        PayingClient other = PayingClient.of(data, "Superbill Other");
        Api.as(other.client).when().get("/v1/me/superbills/" + id).then().statusCode(404);
        Api.as(other.admin)
                .when()
                .get("/v1/clients/" + p.clientId + "/superbills/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void cliniciansIncludeTheirOwnSessionsOnly() throws Exception {
        p.charge("SELF_PAY", 20000);
        UUID other = data.provider(p.practice.id()).id();
        Charges.create(p.admin, Charges.body(p.clientId, other.toString(), p.visa, "SELF_PAY", "SESSION", 30000))
                .then()
                .statusCode(201);
        create(p.admin, "/v1/clients/" + p.clientId + "/superbills", period).body("lineCount", is(2));
        String location =
                locationOf(create(p.practice.clinicianToken(), "/v1/clients/" + p.clientId + "/superbills", period)
                        .statusCode(201)
                        .body("lineCount", is(1))
                        .body("totalAmount", is(20000)));
        String text = text(Api.as(p.practice.clinicianToken())
                .when()
                .get(location)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertFalse(text.contains("$300.00"), text);
    }

    @Test
    void badPeriodsRolesAndOtherPractices() {
        String path = "/v1/clients/" + p.clientId + "/superbills";
        create(
                        p.admin,
                        path,
                        new CreateSuperbillRequestDto()
                                .from(LocalDate.parse("2026-11-20"))
                                .to(LocalDate.parse("2026-11-01")))
                .statusCode(400)
                .body("errors[0].code", is("invalid_range"));
        create(
                        p.admin,
                        path,
                        new CreateSuperbillRequestDto()
                                .from(LocalDate.parse("2024-01-01"))
                                .to(LocalDate.parse("2026-11-01")))
                .statusCode(400)
                .body("errors[0].code", is("invalid_range"));
        create(p.admin, path, new CreateSuperbillRequestDto().from(LocalDate.parse("2026-11-01")))
                .statusCode(400);
        create(p.admin, path, Api.rawJson("{\"from\": \"2026-11-01\", \"to\": \"2026-11-30\", \"claim\": true}"))
                .statusCode(400);
        Api.anonymous().body(period).when().post(path).then().statusCode(401);
        create(p.client, path, period).statusCode(403);
        create(ApiKeys.create(p.admin, "clients:read"), path, period).statusCode(403);
        create(p.admin, "/v1/me/superbills", period).statusCode(403);
        Api.anonymous().body(period).when().post("/v1/me/superbills").then().statusCode(401);
        Api.anonymous()
                .when()
                .get("/v1/me/superbills/" + UUID.randomUUID())
                .then()
                .statusCode(401);
        Api.as(p.client)
                .when()
                .get("/v1/me/superbills/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        PayingClient other = PayingClient.of(data, "Superbill Stranger");
        create(other.admin, path, period).statusCode(404);
        Api.as(p.admin).when().get(path + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
