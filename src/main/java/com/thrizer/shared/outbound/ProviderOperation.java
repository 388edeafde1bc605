package com.thrizer.shared.outbound;

import java.util.Optional;

/**
 * One operation with an outside provider (a card processor, a clearinghouse, a bank, a webhook receiver), run by
 * {@link OutsideCalls#run}: an attempt committed first with its own idempotency key, the provider called with no
 * transaction open and no connection held, the answer settled in a new transaction that re-reads the row under its
 * lock and does nothing when the attempt is already settled (a repeat, or a lease another worker took over).
 *
 * @param <A> the committed attempt: everything the call needs, read in {@link #begin}
 * @param <R> the provider's answer
 * @param <S> what settling (or failing) the attempt came to, for the caller's counts
 */
public interface ProviderOperation<A, R, S> {
    /** How a provider's exception reads. */
    enum Failure {
        /** Definitely nothing happened at the provider (an outage before anything was done). */
        REFUSED,
        /** The answer was lost: the provider may have acted; asking again with the same key tells. */
        LOST
    }

    /**
     * In a new, short transaction: claims (or leases) the row and records the attempt; empty when nothing is due. The
     * transaction commits before the provider is called.
     */
    Optional<A> begin();

    /** Outside any transaction, just before the call (e.g. renewing a request's claim on its key). */
    default void beforeCall(A attempt) {}

    /** The provider call, outside any transaction, with the attempt's own idempotency key. */
    R call(A attempt);

    /** In a new transaction: records the answer; a no-op when the attempt was settled already. */
    S settle(A attempt, R answer);

    /** {@link Failure#REFUSED}, {@link Failure#LOST}, or null for an exception that is not the provider's answer. */
    Failure classify(RuntimeException e);

    /** In a new transaction: a definite refusal (abandon the attempt, or schedule the next one). */
    S refused(A attempt, RuntimeException refusal);

    /** In a new transaction: a lost answer (leave the attempt for recovery, or schedule the next one). */
    S lost(A attempt, RuntimeException e);
}
