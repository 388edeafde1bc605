package com.thrizer.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The reconciliation: unbalanced postings and accounts whose stored balance differs from their entries. */
public record LedgerCheckResult(
        long postings, long unbalancedPostings, long accounts, List<Difference> differences, Instant checkedAt) {

    public record Difference(UUID accountId, String code, long storedCents, long computedCents) {}

    public boolean balanced() {
        return unbalancedPostings == 0 && differences.isEmpty();
    }
}
