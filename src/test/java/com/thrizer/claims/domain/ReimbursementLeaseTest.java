package com.thrizer.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.thrizer.claims.ClaimLifecycleTest;
import com.thrizer.testing.BankAccounts;
import com.thrizer.testing.PayingClient;
import com.thrizer.testing.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A reimbursement taken for a bank call is leased: no other run takes it (nor changes it) until the lease ends, and a
 * settlement arriving once another attempt has taken it over records nothing (the money is recorded once, by the
 * attempt holding the row, to the account it was sent to).
 */
@QuarkusTest
class ReimbursementLeaseTest {
    @Inject
    TestData data;

    @Inject
    ClaimsJob job;

    @Inject
    ReimbursementService reimbursements;

    @Test
    void aLeasedReimbursementIsNotTakenAgainUntilTheLeaseEndsAndAStaleSettlementDoesNothing() {
        PayingClient p = PayingClient.of(data, "Reimbursement Lease");
        p.insuredWithCheck("SBX-DEDMET-");
        String claimId = ClaimLifecycleTest.claimIdOf(p.admin, p.charge("OON_PAY", 20000));
        job.advance(Instant.now()); // decided: $94.00 held until the client has an account
        BankAccounts.reimbursementAccount(p.client); // now pending
        UUID id = (UUID) data.scalar("SELECT id FROM reimbursements WHERE claim_id = ?1", UUID.fromString(claimId));
        assertEquals("PENDING", status(id));

        Instant started = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ReimbursementService.Sending first = reimbursements.sending(started);
        ReimbursementService.Send a = claimed(first, id); // the first run's call is under way
        assertFalse(a.lease().isBefore(started.plus(ReimbursementService.LEASE)));

        job.sendReimbursements(); // another run, while the call runs: not taken, not sent
        assertEquals("PENDING", status(id));
        assertEquals(1, postings(claimId)); // the decision only

        ReimbursementService.Sending second = reimbursements.sending(a.lease()); // the lease ran out: taken over
        ReimbursementService.Send b = claimed(second, id);

        QuarkusTransaction.requiringNew().run(() -> first.settle(a, "tr_stale")); // the first call's late answer
        QuarkusTransaction.requiringNew().run(() -> first.lost(a, new IllegalStateException("lost")));
        assertEquals("PENDING", status(id));
        assertEquals(1, postings(claimId));
        assertEquals( // the second attempt's lease is kept (the lost answer gave nothing back)
                1,
                data.count(
                        "SELECT count(*) FROM reimbursements WHERE id = ?1 AND updated_at = ?2",
                        id,
                        Timestamp.from(b.lease())));

        String transfer = second.call(b);
        QuarkusTransaction.requiringNew().run(() -> second.settle(b, transfer));
        assertEquals("SENT", status(id));
        assertEquals(
                transfer, String.valueOf(data.scalar("SELECT transfer_ref FROM reimbursements WHERE id = ?1", id)));
        assertEquals(
                "6789", String.valueOf(data.scalar("SELECT bank_account_last4 FROM reimbursements WHERE id = ?1", id)));
        assertEquals(2, postings(claimId)); // the decision and the transfer, each once
    }

    /** Takes the run's due reimbursements one by one until {@code id} is leased (others' left-overs may come first). */
    private static ReimbursementService.Send claimed(ReimbursementService.Sending run, UUID id) {
        for (int i = 0; i < 10_000; i++) {
            Optional<ReimbursementService.Send> s =
                    QuarkusTransaction.requiringNew().call(run::begin);
            if (s.isEmpty()) {
                break;
            }
            if (s.get().id().equals(id)) {
                return s.get();
            }
        }
        throw new AssertionError("reimbursement " + id + " was not due");
    }

    private String status(UUID id) {
        return String.valueOf(data.scalar("SELECT status FROM reimbursements WHERE id = ?1", id));
    }

    private long postings(String claimId) {
        return data.count("SELECT count(*) FROM ledger_postings WHERE claim_id = ?1", UUID.fromString(claimId));
    }
}
