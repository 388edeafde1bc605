package com.thrizer.billing;

/** What a charge is for. No-show and late-cancellation fees are Self-Pay only. */
public enum ChargeKind {
    SESSION,
    NO_SHOW_FEE,
    LATE_CANCELLATION_FEE
}
