package com.thrizer.shared.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The statements a queue claims its rows with. */
class WorkQueueTest {
    @Test
    void aLeasedQueueMovesThePickedRowsPastTheLeaseInOneStatement() {
        WorkQueue q = new WorkQueue("claims", "next_attempt_at <= ?1", "next_attempt_at, id", "next_attempt_at = ?2");
        assertEquals(
                "UPDATE claims SET next_attempt_at = ?2 WHERE id IN (SELECT id FROM claims WHERE next_attempt_at <= ?1"
                        + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
                q.sql(1));
    }

    @Test
    void aLockingQueueOnlyLocksThePickedRows() {
        WorkQueue q = WorkQueue.locking("ledger_accounts", "practice_id = ?1", null);
        assertEquals(
                "SELECT id FROM ledger_accounts WHERE practice_id = ?1 LIMIT 50 FOR UPDATE SKIP LOCKED", q.sql(50));
    }
}
