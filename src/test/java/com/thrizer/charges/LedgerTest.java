package com.thrizer.charges;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.thrizer.testing.Api;
import com.thrizer.testing.ApiKeys;
import com.thrizer.testing.Ledger;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The ledger's guarantees and the balance's access rules. */
@QuarkusTest
class LedgerTest {
    @Inject
    TestData data;

    @Test
    void theLedgerRefusesChangesAndUnbalancedPostings() {
        PayingClient payer = PayingClient.of(data, "Ledger Practice");
        payer.charge("SELF_PAY", 20000);
        assertThrows(Exception.class, () -> data.update("UPDATE ledger_entries SET amount_cents = amount_cents + 1"));
        assertThrows(Exception.class, () -> data.update("DELETE FROM ledger_postings"));
        assertThrows(Exception.class, () -> data.update("TRUNCATE ledger_entries"));
        // a posting that does not sum to zero fails at commit
        assertThrows(
                Exception.class,
                () -> data.update("WITH p AS (INSERT INTO ledger_postings (id, kind, created_at) VALUES"
                        + " (gen_random_uuid(), 'ADJUSTMENT', now()) RETURNING id) INSERT INTO ledger_entries"
                        + " (id, posting_id, account_id, amount_cents, available_on, created_at) SELECT"
                        + " gen_random_uuid(), p.id, (SELECT id FROM ledger_accounts LIMIT 1), 5, current_date, now()"
                        + " FROM p"));
        Ledger.check().body("balanced", is(true)).body("differences.size()", is(0));
    }

    @Test
    void theBalanceIsForAdminsAndPayoutKeys() {
        PayingClient payer = PayingClient.of(data, "Balance Practice");
        payer.charge("SELF_PAY", 20000);
        Api.as(payer.admin).when().get("/v1/balance").then().statusCode(200).body("pendingAmount", is(19400));
        Api.as(ApiKeys.create(payer.admin, "payouts:read"))
                .when()
                .get("/v1/balance")
                .then()
                .statusCode(200)
                .body("currency", is("USD"));
        Api.as(ApiKeys.create(payer.admin, "charges:read"))
                .when()
                .get("/v1/balance")
                .then()
                .statusCode(403);
        Api.as(payer.practice.clinicianToken()).when().get("/v1/balance").then().statusCode(403);
        Api.as(payer.practice.staffToken())
                .when()
                .get("/v1/balance-transactions")
                .then()
                .statusCode(403);
        Api.as(payer.client).when().get("/v1/balance").then().statusCode(403);
        Api.anonymous().when().get("/v1/balance").then().statusCode(401);
        Api.as(payer.admin)
                .queryParam("type", "NOPE")
                .when()
                .get("/v1/balance-transactions")
                .then()
                .statusCode(400);
        // another practice sees its own (empty) balance
        PayingClient other = PayingClient.of(data, "Other Balance Practice");
        Api.as(other.admin).when().get("/v1/balance").then().body("pendingAmount", is(0));
        Api.as(other.admin).when().get("/v1/balance-transactions").then().body("data.size()", is(0));
        Api.as(payer.admin).when().get("/v1/admin/ledger/check").then().statusCode(403);
    }
}
