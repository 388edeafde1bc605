package com.thrizer.shared.outbound;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.banking.BankTransfers;
import com.thrizer.clearinghouse.Clearinghouse;
import com.thrizer.clearinghouse.EligibilityRequest;
import com.thrizer.processor.PaymentProcessor;
import com.thrizer.shared.money.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No network call inside a database transaction: every provider adapter's call refuses to run inside one. */
@QuarkusTest
class NoTransactionGuardTest {
    @Inject
    PaymentProcessor processor;

    @Inject
    Clearinghouse clearinghouse;

    @Inject
    BankTransfers transfers;

    @Test
    void aProviderCallInsideATransactionFails() {
        Money cents = Money.of(100, Money.USD);
        insideATransaction(() -> processor.charge("pm_guard", cents, "guard-charge"));
        insideATransaction(() -> processor.refund("ch_guard", cents, "guard-refund"));
        insideATransaction(() -> clearinghouse.claimStatus(UUID.randomUUID()));
        insideATransaction(() -> processor.attachCard("tok_visa"));
        insideATransaction(() -> clearinghouse.checkEligibility(new EligibilityRequest(
                "aetna",
                "GUARD1",
                "Guard",
                "Test",
                LocalDate.of(1990, 1, 1),
                EligibilityRequest.MENTAL_HEALTH,
                "90837",
                null)));
        insideATransaction(() -> transfers.send(UUID.randomUUID(), cents, "guard-transfer"));
        insideATransaction(() -> transfers.status("tr_guard"));
    }

    @Test
    void anOutsideCallFromInsideATransactionFails() {
        insideATransaction(() -> OutsideCalls.run(null));
    }

    private static void insideATransaction(Runnable call) {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(call));
        assertTrue(e.getMessage().endsWith("inside a database transaction"), e.getMessage());
    }
}
