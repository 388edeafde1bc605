package com.thrizer.payouts;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.claims.domain.ClaimsJob;
import com.thrizer.notifications.MockMailbox;
import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.BankAccounts;
import com.thrizer.testing.Charges;
import com.thrizer.testing.Ledger;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import com.thrizer.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payouts through HTTP: the job (run by hand at chosen instants, also several at once), each sandbox bank outcome,
 * the $1.00 minimum, refunds after a payout, attribution per clinician, roles and practice isolation.
 */
@QuarkusTest
class PayoutsTest {
    static final String OPERATOR = "operator@demo.test";

    @Inject
    TestData data;

    @Inject
    PayoutJob job;

    @Inject
    ClaimsJob claimsJob;

    @Inject
    MockMailbox mailbox;

    PayingClient p;
    Instant now;

    @BeforeEach
    void setUp() {
        p = PayingClient.of(data, "Payouts Practice");
        now = Instant.now();
    }

    private Instant day(int days) {
        return now.plus(Duration.ofDays(days));
    }

    private static String date(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private ValidatableResponse payouts(String token) {
        return Api.as(token).queryParam("limit", 100).when().get("/v1/payouts").then();
    }

    private JsonPath balance() {
        return Api.as(p.admin)
                .when()
                .get("/v1/balance")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private long count(String sql, Object... params) {
        return data.count(sql, params);
    }

    @Test
    void theAvailableBalanceIsPaidOutOnceADayWithItsTransactions() {
        BankAccounts.payoutAccount(p.admin, "000123456789");
        p.charge("SELF_PAY", 20000);
        p.charge("SELF_PAY", 15000);
        job.run(now); // not available yet: two business days
        payouts(p.admin).statusCode(200).body("data.size()", is(0));

        job.run(day(5));
        String id = payouts(p.admin)
                .statusCode(200)
                .body("data.size()", is(1))
                .body("data[0].status", is("PAID"))
                .body("data[0].amount", is(19400 + 14550))
                .body("data[0].transactionCount", is(2))
                .body("data[0].bankAccountLast4", is("6789"))
                .body("data[0].payoutDate", is(date(day(5))))
                .body("data[0].sentAt", notNullValue())
                .body("data[0].paidAt", notNullValue())
                .body("data[0].failureCode", nullValue())
                .extract()
                .path("data[0].id");
        job.run(day(5)); // the same day again: nothing more
        payouts(p.admin).body("data.size()", is(1));
        assertEquals(0, balance().getLong("availableAmount"));
        assertEquals(2, count("SELECT count(*) FROM ledger_postings WHERE payout_id = ?1", UUID.fromString(id)));

        Api.as(p.admin)
                .when()
                .get("/v1/payouts/" + id + "/transactions")
                .then()
                .statusCode(200)
                .body("data.size()", is(2))
                .body("data.type", is(List.of("CHARGE", "CHARGE")))
                .body("data[0].clientInitials", is("C.C."))
                .body("data[0].clinicianId", is(p.clinicianId))
                .body("data[0].clinicianName", is("Test Member"))
                .body("data.grossAmount", is(List.of(15000, 20000)))
                .body("data.feeAmount", is(List.of(450, 600)))
                .body("data.netAmount", is(List.of(14550, 19400)));
        Api.as(p.admin)
                .queryParam("from", date(day(5)))
                .queryParam("to", date(day(5)))
                .when()
                .get("/v1/payouts/summary")
                .then()
                .statusCode(200)
                .body("payoutCount", is(1))
                .body("totalAmount", is(33950))
                .body("rows.size()", is(1))
                .body("rows[0].netAmount", is(33950))
                .body("rows[0].grossAmount", is(35000))
                .body("rows[0].feeAmount", is(1050))
                .body("rows[0].transactionCount", is(2));
    }

    @Test
    void lessThanOneDollarWaitsAndNoAccountMeansNoPayout() {
        p.charge("SELF_PAY", 20000);
        job.run(day(5));
        payouts(p.admin).body("data.size()", is(0)); // no payout account

        PayingClient small = PayingClient.of(data, "Payouts Small");
        BankAccounts.payoutAccount(small.admin, "000123456789");
        small.charge("SELF_PAY", 100); // $0.97 after the 3% fee
        job.run(day(5));
        payouts(small.admin).body("data.size()", is(0));
        small.charge("SELF_PAY", 100);
        job.run(day(6));
        payouts(small.admin).body("data[0].amount", is(194));
    }

    @Test
    void aRefusedPayoutReturnsToTheBalanceTellsTheAdminAndGoesOutNextTime() {
        BankAccounts.payoutAccount(p.admin, "000111110002"); // the sandbox bank: account_closed
        p.charge("SELF_PAY", 20000);
        job.run(day(5));
        String failed = payouts(p.admin)
                .body("data[0].status", is("FAILED"))
                .body("data[0].failureCode", is("account_closed"))
                .body("data[0].failedAt", notNullValue())
                .extract()
                .path("data[0].id");
        assertEquals(19400, balance().getLong("availableAmount"));
        assertTrue(
                mailbox.sentTo(p.practice.adminEmail()).stream()
                        .anyMatch(m -> m.subject().contains("payout")
                                && m.text().contains("$194.00")
                                && m.text().contains("account_closed")),
                "the admin is told");
        Api.as(p.admin)
                .when()
                .get("/v1/payouts/" + failed + "/transactions")
                .then()
                .body("data.size()", is(0)); // they go out with the next payout

        BankAccounts.payoutAccount(p.admin, "000123456789");
        job.run(day(6));
        payouts(p.admin)
                .body("data.size()", is(2))
                .body("data[0].status", is("PAID"))
                .body("data[0].amount", is(19400));
        String paid = payouts(p.admin).extract().path("data[0].id");
        Api.as(p.admin)
                .when()
                .get("/v1/payouts/" + paid + "/transactions")
                .then()
                .body("data.size()", is(1))
                .body("data[0].type", is("CHARGE"))
                .body("data[0].netAmount", is(19400));
        // everything earned is paid out once: nothing is left, nothing paid twice
        assertEquals(0, balance().getLong("availableAmount") + balance().getLong("pendingAmount"));
    }

    @Test
    void aWrongAccountNumberIsReturnedToo() {
        BankAccounts.payoutAccount(p.admin, "000111110004");
        p.charge("SELF_PAY", 20000);
        job.run(day(5));
        payouts(p.admin).body("data[0].status", is("FAILED")).body("data[0].failureCode", is("invalid_account_number"));
        assertEquals(19400, balance().getLong("availableAmount") + balance().getLong("pendingAmount"));
    }

    @Test
    void aSlowBankLeavesThePayoutInTransit() {
        BankAccounts.payoutAccount(p.admin, "000111110003");
        p.charge("SELF_PAY", 20000);
        var result = job.run(day(5));
        assertTrue(result.inTransit() >= 1);
        payouts(p.admin)
                .body("data[0].status", is("IN_TRANSIT"))
                .body("data[0].paidAt", nullValue())
                .body("data[0].expectedArrivalDate", notNullValue());
        assertEquals(0, balance().getLong("availableAmount"));
    }

    @Test
    void refundsAfterAPayoutReduceTheNextOneWhichNeverGoesBelowZero() {
        BankAccounts.payoutAccount(p.admin, "000123456789");
        String first = p.charge("SELF_PAY", 20000);
        p.charge("SELF_PAY", 20000);
        job.run(day(5));
        payouts(p.admin).body("data[0].amount", is(38800));

        p.charge("SELF_PAY", 20000); // pending two business days: it covers the refund
        Charges.refund(p.admin, first, 5000L).then().statusCode(201);
        job.run(now); // today only the refund is available: nothing (never below zero)
        payouts(p.admin).body("data.size()", is(1));

        job.run(day(7));
        payouts(p.admin).body("data.size()", is(2)).body("data[0].amount", is(19400 - 5000));
        String second = payouts(p.admin).extract().path("data[0].id");
        Api.as(p.admin)
                .when()
                .get("/v1/payouts/" + second + "/transactions")
                .then()
                .body("data.type", hasItem("REFUND"))
                .body("data.find { it.type == 'REFUND' }.netAmount", is(-5000))
                .body("data.find { it.type == 'REFUND' }.chargeId", is(first));
    }

    @Test
    void aDeniedThrizerPayClaimLeavesThePayoutWhole() {
        BankAccounts.payoutAccount(p.admin, "000123456789");
        p.verified("SBX-DENY-", 0, 1250, 20000);
        p.charge("THRIZER_PAY", 20000);
        claimsJob.run(Instant.now());
        job.run(day(5));
        payouts(p.admin).body("data[0].amount", is(19400)); // the session fee less 3%, whatever the insurer did
    }

    @Test
    void attributionPerClinicianAddsUpToThePayouts() {
        BankAccounts.payoutAccount(p.admin, "000123456789");
        UUID other = data.provider(p.practice.id()).id();
        p.charge("SELF_PAY", 20000);
        Charges.create(p.admin, Charges.body(p.clientId, other.toString(), p.visa, "SELF_PAY", "SESSION", 30000))
                .then()
                .statusCode(201);
        job.run(day(5));
        String payout =
                payouts(p.admin).body("data[0].amount", is(48500)).extract().path("data[0].id");
        String from = date(day(0));
        String to = date(day(10));
        Api.as(p.admin)
                .queryParam("from", from)
                .queryParam("to", to)
                .queryParam("groupBy", "clinician")
                .when()
                .get("/v1/payouts/summary")
                .then()
                .body("totalAmount", is(48500))
                .body("rows.size()", is(2))
                .body("rows.netAmount.sum()", is(48500))
                .body("rows.find { it.clinicianId == '" + other + "' }.netAmount", is(29100));

        // a clinician sees their own share only
        String clinician = p.practice.clinicianToken();
        Api.as(clinician)
                .queryParam("from", from)
                .queryParam("to", to)
                .when()
                .get("/v1/payouts/summary")
                .then()
                .statusCode(200)
                .body("rows.size()", is(1))
                .body("rows[0].clinicianId", is(p.clinicianId))
                .body("totalAmount", is(19400))
                .body("payoutCount", is(1));
        Api.as(clinician)
                .when()
                .get("/v1/payouts/" + payout + "/transactions")
                .then()
                .statusCode(200)
                .body("data.size()", is(1))
                .body("data[0].netAmount", is(19400));
        Api.as(clinician).when().get("/v1/payouts").then().statusCode(403);
        Api.as(clinician).when().get("/v1/payouts/" + payout).then().statusCode(403);
    }

    @Test
    void rolesScopesAndOtherPractices() {
        BankAccounts.payoutAccount(p.admin, "000123456789");
        p.charge("SELF_PAY", 20000);
        job.run(day(5));
        String id = payouts(p.admin).extract().path("data[0].id");
        Api.anonymous().when().get("/v1/payouts").then().statusCode(401);
        Api.as(p.practice.staffToken()).when().get("/v1/payouts").then().statusCode(403);
        Api.as(p.practice.staffToken())
                .queryParam("from", date(now))
                .queryParam("to", date(now))
                .when()
                .get("/v1/payouts/summary")
                .then()
                .statusCode(403);
        Api.as(p.client).when().get("/v1/payouts").then().statusCode(403);
        Api.as(ApiKeys.create(p.admin, "charges:read"))
                .when()
                .get("/v1/payouts")
                .then()
                .statusCode(403);
        Api.as(ApiKeys.create(p.admin, "payouts:read"))
                .when()
                .get("/v1/payouts/" + id)
                .then()
                .statusCode(200)
                .body("amount", is(19400));
        PayingClient other = PayingClient.of(data, "Payouts Stranger");
        Api.as(other.admin).when().get("/v1/payouts/" + id).then().statusCode(404);
        Api.as(other.admin)
                .when()
                .get("/v1/payouts/" + id + "/transactions")
                .then()
                .statusCode(404);
        payouts(other.admin).body("data.size()", is(0));
        Api.as(p.admin).when().get("/v1/payouts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void badFiltersAre400() {
        Api.as(p.admin)
                .queryParam("status", "LOST")
                .when()
                .get("/v1/payouts")
                .then()
                .statusCode(400);
        Api.as(p.admin)
                .queryParam("from", "2026-11-20")
                .queryParam("to", "2026-11-01")
                .when()
                .get("/v1/payouts")
                .then()
                .statusCode(400)
                .body("errors[0].code", is("invalid_range"));
        Api.as(p.admin).when().get("/v1/payouts/summary").then().statusCode(400);
        Api.as(p.admin)
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2026-11-30")
                .queryParam("groupBy", "client")
                .when()
                .get("/v1/payouts/summary")
                .then()
                .statusCode(400)
                .body("errors[0].param", is("groupBy"));
        Api.as(p.admin)
                .queryParam("from", "2024-01-01")
                .queryParam("to", "2026-11-30")
                .when()
                .get("/v1/payouts/summary")
                .then()
                .statusCode(400);
    }

    @Test
    void severalInstancesRunningTheJobAtOnceMakeOnePayout() throws Exception {
        BankAccounts.payoutAccount(p.admin, "000123456789");
        p.charge("SELF_PAY", 20000);
        p.charge("SELF_PAY", 20000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<PayoutJob.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(() -> job.run(day(5)));
            }
            for (Future<PayoutJob.Result> f : pool.invokeAll(runs)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        payouts(p.admin)
                .body("data.size()", is(1))
                .body("data[0].amount", is(38800))
                .body("data[0].status", is("PAID"));
        assertEquals(1, count("SELECT count(*) FROM payouts WHERE practice_id = ?1", p.practice.id()));
        assertEquals(0, balance().getLong("availableAmount"));
    }

    @Test
    void operatorsRunTheJobAndTheLedgerReconciles() {
        BankAccounts.payoutAccount(p.admin, "000123456789");
        p.charge("SELF_PAY", 20000);
        Api.as(Tokens.of(OPERATOR))
                .when()
                .post("/v1/admin/payouts/run")
                .then()
                .statusCode(200)
                .body("created", notNullValue())
                .body("paid", notNullValue());
        Api.as(p.admin).when().post("/v1/admin/payouts/run").then().statusCode(403);
        Api.anonymous().when().post("/v1/admin/payouts/run").then().statusCode(401);
        job.run(day(5));
        Ledger.check()
                .body("balanced", is(true))
                .body(
                        "reconciliations.name",
                        is(List.of("processor_clearing", "payouts_in_transit", "practice_balances")))
                .body("reconciliations.find { it.name == 'processor_clearing' }.ledgerAmount", notNullValue());
        JsonPath check = Api.as(Tokens.of(OPERATOR))
                .when()
                .get("/v1/admin/ledger/check")
                .then()
                .extract()
                .jsonPath();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    check.getLong("reconciliations[" + i + "].ledgerAmount"),
                    check.getLong("reconciliations[" + i + "].expectedAmount"),
                    check.getString("reconciliations[" + i + "].name"));
        }
    }

    @Test
    void theCsvExportListsThePayouts() throws Exception {
        BankAccounts.payoutAccount(p.admin, "000123456789");
        p.charge("SELF_PAY", 20000);
        job.run(day(5));
        String csv = Api.as(p.admin)
                .header("Accept", "text/csv")
                .when()
                .get("/v1/payouts/export")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"payouts.csv\"")
                .extract()
                .asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertEquals(1, rows.size());
        assertEquals("194.00", rows.get(0).get("amount"));
        assertEquals("PAID", rows.get(0).get("status"));
        Api.as(p.practice.clinicianToken())
                .header("Accept", "text/csv")
                .when()
                .get("/v1/payouts/export")
                .then()
                .statusCode(403);
    }
}
