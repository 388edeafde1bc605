package com.thrizer.charges;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.testing.Api;
import com.thrizer.testing.Charges;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's payments, receipts and the CSV exports. */
@QuarkusTest
class PaymentsViewsTest {
    @Inject
    TestData data;

    PayingClient payer;

    @BeforeEach
    void setUp() {
        payer = PayingClient.of(data, "Views Practice");
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    @Test
    void aClientSeesTheirPaymentsAndOnlyTheirs() {
        String id = payer.charge("SELF_PAY", 20000);
        String declining = Charges.card(payer.client, "tok_expiredCard");
        String failed = Charges.create(
                        payer.admin,
                        Charges.body(payer.clientId, payer.clinicianId, declining, "SELF_PAY", "NO_SHOW_FEE", 5000))
                .path("id");
        Api.as(payer.client)
                .when()
                .get("/v1/me/payments")
                .then()
                .statusCode(200)
                .body("data.id", is(List.of(failed, id)));
        Api.as(payer.client)
                .queryParam("status", "SUCCEEDED")
                .when()
                .get("/v1/me/payments")
                .then()
                .body("data.id", is(List.of(id)));
        Api.as(payer.client)
                .queryParam("clinicianId", UUID.randomUUID().toString())
                .when()
                .get("/v1/me/payments")
                .then()
                .body("data.size()", is(0));
        Api.as(payer.client)
                .queryParam("to", LocalDate.now().minusDays(2).toString())
                .when()
                .get("/v1/me/payments")
                .then()
                .body("data.size()", is(0));
        Api.as(payer.client)
                .when()
                .get("/v1/me/payments/" + id)
                .then()
                .statusCode(200)
                .body("cardAmount", is(20000))
                .body("paymentMethod.last4", is("4242"));
        // another client's payment, a practice user, no credentials
        PayingClient other = PayingClient.of(data, "Other Views Practice");
        Api.as(other.client).when().get("/v1/me/payments/" + id).then().statusCode(404);
        Api.as(other.client)
                .when()
                .get("/v1/me/payments/" + id + "/receipt")
                .then()
                .statusCode(404);
        Api.as(payer.admin).when().get("/v1/me/payments").then().statusCode(403);
        Api.anonymous().when().get("/v1/me/payments").then().statusCode(401);
        Api.as(payer.client)
                .accept("application/pdf")
                .when()
                .get("/v1/me/payments/" + failed + "/receipt")
                .then()
                .statusCode(422)
                .body("code", is("receipt_unavailable"));
    }

    @Test
    void theReceiptIsAPdfWithTheFigures() throws Exception {
        payer.charge("SELF_PAY", 50000);
        String id = payer.charge("SELF_PAY", 20000);
        Charges.refund(payer.admin, id, 2500L).then().statusCode(201);
        byte[] pdf = Api.as(payer.client)
                .accept("application/pdf")
                .when()
                .get("/v1/me/payments/" + id + "/receipt")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Payment receipt"), text);
            assertTrue(text.contains(id), text);
            assertTrue(text.contains("Views Practice"), text);
            assertTrue(text.contains("$200.00"), text);
            assertTrue(text.contains("VISA ending 4242"), text);
            assertTrue(text.contains("-$25.00"), text);
            assertTrue(text.contains("$175.00"), text);
            assertTrue(text.contains("90837"), text);
        }
    }

    @Test
    void theClientsCsvParses() throws Exception {
        String id = payer.charge("SELF_PAY", 20000);
        String text = Api.as(payer.client)
                .accept("text/csv")
                .when()
                .get("/v1/me/payments/export")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", is("attachment; filename=\"payments.csv\""))
                .extract()
                .asString();
        List<CSVRecord> rows = csv(text);
        assertEquals(1, rows.size());
        assertEquals(id, rows.get(0).get("id"));
        assertEquals("200.00", rows.get(0).get("card_amount"));
        assertTrue(!rows.get(0).isMapped("clinician_net"), "the client's export has no practice figures");
    }

    @Test
    void thePracticeCsvHasChargesAndRefundsWithTheFilters() throws Exception {
        payer.charge("SELF_PAY", 50000);
        String id = payer.charge("SELF_PAY", 20000);
        Charges.refund(payer.admin, id, 1234L).then().statusCode(201);
        String text = Api.as(payer.admin)
                .accept("text/csv")
                .when()
                .get("/v1/charges/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", is("attachment; filename=\"charges.csv\""))
                .extract()
                .asString();
        List<CSVRecord> rows = csv(text);
        assertEquals(3, rows.size());
        assertEquals("charge", rows.get(0).get("record_type"));
        assertEquals(id, rows.get(0).get("id"));
        assertEquals("194.00", rows.get(0).get("clinician_net"));
        assertEquals("6.00", rows.get(0).get("processing_fee"));
        assertEquals("12.34", rows.get(0).get("refunded"));
        assertEquals("refund", rows.get(1).get("record_type"));
        assertEquals(id, rows.get(1).get("charge_id"));
        assertEquals("12.34", rows.get(1).get("refund_amount"));
        assertEquals("REQUESTED_BY_CLIENT", rows.get(1).get("refund_reason"));
        // filters apply; the list itself is JSON only
        String filtered = Api.as(payer.admin)
                .accept("text/csv")
                .queryParam("from", LocalDate.now().plusDays(1).toString())
                .when()
                .get("/v1/charges/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(0, csv(filtered).size());
        Api.as(payer.admin)
                .accept("application/json, text/csv;q=0.5")
                .when()
                .get("/v1/charges")
                .then()
                .contentType(startsWith("application/json"));
        Api.as(payer.admin).accept("text/csv").when().get("/v1/charges").then().statusCode(406);
        Api.as(payer.admin)
                .accept("text/csv")
                .queryParam("from", LocalDate.now().toString())
                .queryParam("to", LocalDate.now().minusDays(1).toString())
                .when()
                .get("/v1/charges/export")
                .then()
                .statusCode(400);
    }
}
