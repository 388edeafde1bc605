package com.thrizer.processor;

/** The processor's answer to a charge: succeeded (with its id) or declined (with the decline code). */
public record ChargeOutcome(boolean succeeded, String processorChargeId, String declineCode) {
    public static ChargeOutcome succeeded(String id) {
        return new ChargeOutcome(true, id, null);
    }

    public static ChargeOutcome declined(String code) {
        return new ChargeOutcome(false, null, code);
    }
}
