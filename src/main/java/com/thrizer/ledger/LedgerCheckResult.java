package com.thrizer.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The reconciliation: unbalanced postings, accounts whose stored balance differs from their entries, and the ledger
 * against the records it summarises (money at the processor, payouts in transit, practice balances).
 */
public record LedgerCheckResult(
        long postings,
        long unbalancedPostings,
        long accounts,
        List<Difference> differences,
        List<Reconciliation> reconciliations,
        long practicesDiffering,
        Instant checkedAt) {

    public record Difference(UUID accountId, String code, long storedCents, long computedCents) {}

    /** One comparison of what the ledger says with what the records say. */
    public record Reconciliation(String name, long ledgerCents, long expectedCents) {
        public boolean agrees() {
            return ledgerCents == expectedCents;
        }
    }

    public boolean balanced() {
        return unbalancedPostings == 0
                && differences.isEmpty()
                && practicesDiffering == 0
                && reconciliations.stream().allMatch(Reconciliation::agrees);
    }
}
