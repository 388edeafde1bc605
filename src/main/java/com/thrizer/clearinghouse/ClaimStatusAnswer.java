package com.thrizer.clearinghouse;

import java.time.LocalDate;

/**
 * The payer's answer about a submitted claim (X12 277/835 semantics): still pending, or decided with the EOB values.
 * Amounts in cents.
 */
public record ClaimStatusAnswer(
        State state,
        boolean approved,
        long allowedCents,
        long deductibleCents,
        long coinsuranceCents,
        long paidCents,
        String payerClaimNumber,
        LocalDate decisionDate,
        String denialReason) {
    public enum State {
        PENDING,
        DECIDED
    }

    public static ClaimStatusAnswer pending() {
        return new ClaimStatusAnswer(State.PENDING, false, 0, 0, 0, 0, null, null, null);
    }

    public boolean decided() {
        return state == State.DECIDED;
    }
}
