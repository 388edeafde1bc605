package com.thrizer.processor;

import com.thrizer.shared.outbound.ProviderOperation.Failure;

/** How the card processor's exceptions read for an operation with it ({@link Failure}). */
public final class ProcessorFailures {
    private ProcessorFailures() {}

    /**
     * An outage is a definite refusal for a request (nothing was done: the attempt is abandoned), but only a lost
     * answer for recovery (the first attempt's answer may still exist: asked again later); a timeout is a lost
     * answer; anything else is not the processor's answer (null).
     */
    public static Failure classify(RuntimeException e, boolean forRequest) {
        if (e instanceof ProcessorUnavailableException) {
            return forRequest ? Failure.REFUSED : Failure.LOST;
        }
        return e instanceof ProcessorTimeoutException ? Failure.LOST : null;
    }
}
