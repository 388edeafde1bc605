package com.thrizer.shared.web;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thrizer.api.generated.model.CreateSuperbillRequestDto;
import com.thrizer.testing.Api;
import com.thrizer.testing.Benefits;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files the API answers: each CSV export is its own operation whose contract example is what the service writes,
 * and every file (CSV, PDF) is declared and served as a download ({@code Content-Disposition: attachment}), which
 * is what Swagger UI needs to offer it instead of showing the bytes as text.
 */
@QuarkusTest
class DownloadsTest {
    private static final List<String> EXPORTS =
            List.of("/v1/charges/export", "/v1/me/payments/export", "/v1/claims/export", "/v1/payouts/export");

    @Inject
    TestData data;

    PayingClient p;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Downloads Practice");
    }

    private static JsonNode contract() throws Exception {
        return new ObjectMapper().readTree(Path.of("openapi.json").toFile());
    }

    private static String firstLine(String text) {
        int end = text.indexOf("\r\n");
        assertTrue(end > 0, "a CSV line ends with CRLF: " + text);
        return text.substring(0, end);
    }

    @Test
    void everyExportsHeaderIsTheOneItsContractExampleShows() throws Exception {
        JsonNode paths = contract().path("paths");
        Map<String, String> callers = Map.of(
                "/v1/charges/export", p.admin,
                "/v1/me/payments/export", p.client,
                "/v1/claims/export", p.admin,
                "/v1/payouts/export", p.admin);
        for (String path : EXPORTS) {
            String example = paths.path(path)
                    .path("get")
                    .path("responses")
                    .path("200")
                    .path("content")
                    .path("text/csv")
                    .path("example")
                    .asText();
            String answer = Api.as(callers.get(path))
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/csv"))
                    .header("Content-Disposition", startsWith("attachment; filename=\""))
                    .extract()
                    .asString();
            assertEquals(firstLine(answer), firstLine(example), path);
        }
    }

    @Test
    void listsAnswerJsonOnlyAndTheirExportsKeepTheFilters() {
        for (String list : List.of("/v1/charges", "/v1/claims", "/v1/payouts")) {
            Api.as(p.admin).accept("text/csv").when().get(list).then().statusCode(406);
        }
        Api.as(p.client).accept("text/csv").when().get("/v1/me/payments").then().statusCode(406);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        for (String path : EXPORTS) {
            String caller = path.startsWith("/v1/me/") ? p.client : p.admin;
            Api.as(caller)
                    .queryParam("from", today)
                    .queryParam("to", yesterday)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"));
        }
        // the same access rules as the lists
        Api.as(p.practice.clinicianToken())
                .when()
                .get("/v1/payouts/export")
                .then()
                .statusCode(403);
        Api.as(p.admin).when().get("/v1/me/payments/export").then().statusCode(403);
        Api.as(p.client).when().get("/v1/charges/export").then().statusCode(403);
        Api.anonymous().when().get("/v1/claims/export").then().statusCode(401);
    }

    @Test
    void everyExportRefusesWhoMayNotReadItAndShowsNoOtherPracticesRows() {
        p.charge("SELF_PAY", 12000);
        for (String path : List.of("/v1/charges/export", "/v1/claims/export", "/v1/payouts/export")) {
            Api.anonymous().when().get(path).then().statusCode(401);
            Api.as(p.client).when().get(path).then().statusCode(403).body("code", is("forbidden"));
        }
        Api.anonymous().when().get("/v1/me/payments/export").then().statusCode(401);
        Api.as(p.admin)
                .when()
                .get("/v1/me/payments/export")
                .then()
                .statusCode(403)
                .body("code", is("forbidden"));
        // another practice filtering by this practice's client gets the header and no row of it
        PayingClient other = PayingClient.of(data, "Downloads Other Practice");
        for (String path : List.of("/v1/charges/export", "/v1/claims/export")) {
            String csv = Api.as(other.admin)
                    .queryParam("clientId", p.clientId)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertEquals(1, csv.strip().split("\r?\n").length, path + " answered rows: " + csv);
            assertFalse(csv.contains(p.clientId), path);
        }
    }

    @Test
    void everyResponseHasOneMediaTypeAndEveryFileIsADownload() throws Exception {
        List<String> problems = new ArrayList<>();
        contract()
                .path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(op -> op.getValue()
                                .path("responses")
                                .fields()
                                .forEachRemaining(r -> {
                                    String where = op.getKey() + " " + path.getKey() + " " + r.getKey();
                                    JsonNode content = r.getValue().path("content");
                                    if (content.size() > 1) {
                                        problems.add(where + ": more than one media type");
                                    }
                                    for (String type : List.of("text/csv", "application/pdf")) {
                                        if (content.has(type)
                                                && !r.getValue()
                                                        .path("headers")
                                                        .path("Content-Disposition")
                                                        .has("$ref")) {
                                            problems.add(where + ": " + type + " without Content-Disposition");
                                        }
                                    }
                                    JsonNode pdf =
                                            content.path("application/pdf").path("schema");
                                    if (content.has("application/pdf")
                                            && !("string"
                                                            .equals(pdf.path("type")
                                                                    .asText())
                                                    && "binary"
                                                            .equals(pdf.path("format")
                                                                    .asText()))) {
                                        problems.add(where + ": a PDF is a binary string");
                                    }
                                })));
        assertEquals(List.of(), problems);
    }

    @Test
    void receiptsAndSuperbillsAreAttachments() {
        Benefits.diagnose(p.admin, p.clientId);
        Benefits.insure(
                p.client, "UHC", "SBX-DEDMET-DL" + UUID.randomUUID().toString().substring(0, 4));
        String charge = p.charge("SELF_PAY", 20000);
        Api.as(p.client)
                .when()
                .get("/v1/me/payments/" + charge + "/receipt")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", is("attachment; filename=\"receipt-" + charge + ".pdf\""));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CreateSuperbillRequestDto period =
                new CreateSuperbillRequestDto().from(today.minusDays(30)).to(today);
        String practiceBill = Api.as(p.admin)
                .body(period)
                .when()
                .post("/v1/clients/" + p.clientId + "/superbills")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(p.admin)
                .when()
                .get("/v1/clients/" + p.clientId + "/superbills/" + practiceBill)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", is("attachment; filename=\"superbill-" + practiceBill + ".pdf\""));
        String ownBill = Api.as(p.client)
                .body(period)
                .when()
                .post("/v1/me/superbills")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(p.client)
                .when()
                .get("/v1/me/superbills/" + ownBill)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", is("attachment; filename=\"superbill-" + ownBill + ".pdf\""));
    }
}
