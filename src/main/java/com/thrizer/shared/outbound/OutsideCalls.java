package com.thrizer.shared.outbound;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one way this service calls an outside system: reserve and commit the attempt, call the provider outside any
 * transaction and lock, then settle (or abandon, or leave for recovery) in a new transaction. Whatever is left in
 * between (a crash, a lost answer) is found again by the attempt's own queue (a lease that runs out, a stale pending
 * row) and asked again with the same idempotency key.
 */
public final class OutsideCalls {
    private OutsideCalls() {}

    /**
     * A job's loop: runs the next due attempt, one after the other, until none is due or {@code batch} were made;
     * returns what each came to (in order).
     */
    public static <S> List<S> runDue(int batch, Supplier<? extends ProviderOperation<?, ?, S>> next) {
        List<S> results = new ArrayList<>();
        while (results.size() < batch) {
            Attempted<S> attempted = run(next.get());
            if (!attempted.attempted()) {
                break;
            }
            results.add(attempted.result());
        }
        return results;
    }

    /** Runs one attempt of {@code operation}; must be called with no transaction open. */
    public static <A, R, S> Attempted<S> run(ProviderOperation<A, R, S> operation) {
        NoTransactionGuard.requireNone("an outside call");
        Optional<A> begun = QuarkusTransaction.requiringNew().call(operation::begin);
        if (begun.isEmpty()) {
            return Attempted.nothingDue();
        }
        A attempt = begun.get();
        operation.beforeCall(attempt);
        R answer;
        try {
            NoTransactionGuard.requireNone("an outside call");
            answer = operation.call(attempt);
        } catch (RuntimeException e) {
            ProviderOperation.Failure failure = operation.classify(e);
            if (failure == null) {
                throw e;
            }
            return failure == ProviderOperation.Failure.REFUSED
                    ? new Attempted<>(
                            Attempted.Status.REFUSED,
                            QuarkusTransaction.requiringNew().call(() -> operation.refused(attempt, e)),
                            e)
                    : new Attempted<>(
                            Attempted.Status.LOST,
                            QuarkusTransaction.requiringNew().call(() -> operation.lost(attempt, e)),
                            e);
        }
        S settled = QuarkusTransaction.requiringNew().call(() -> operation.settle(attempt, answer));
        return new Attempted<>(Attempted.Status.SETTLED, settled, null);
    }
}
