package com.thrizer.shared.outbound;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * No network call inside a database transaction: a {@link ProviderCall} made while a transaction is open on the
 * thread fails at once (a bug: it would hold a pool connection and row locks for the provider's whole answer time).
 * Runs before any transaction interceptor of the adapter itself (a sandbox may keep its state in the database, in its
 * own transaction).
 */
@ProviderCall
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class NoTransactionGuard {
    @AroundInvoke
    Object guard(InvocationContext ctx) throws Exception {
        requireNone(ctx.getMethod().getDeclaringClass().getSimpleName() + "."
                + ctx.getMethod().getName());
        return ctx.proceed();
    }

    /** Throws when a transaction is open on this thread. */
    public static void requireNone(String what) {
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException(what + " inside a database transaction");
        }
    }
}
