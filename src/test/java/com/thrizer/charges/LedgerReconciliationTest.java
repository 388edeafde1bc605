package com.thrizer.charges;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.thrizer.testing.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (see junit-platform.properties): the money moved by the whole suite reconciles,
 * every posting balanced and every stored balance equal to its entries.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class LedgerReconciliationTest {
    @Test
    void theWholeSuitesLedgerReconcilesWithZeroDifference() {
        Ledger.check()
                .body("balanced", is(true))
                .body("unbalancedPostings", is(0))
                .body("differences.size()", is(0))
                .body("postings", greaterThan(0));
    }
}
