package com.thrizer.clearinghouse;

/**
 * The clearinghouse's answer: whether the payer answered, and its answer as JSON in the shape of JSON eligibility
 * APIs (X12 271 semantics: {@code benefitsInformation} rows with code, coverage level, time period, in/out-of-network
 * indicator, amount or percent). Interpreting it is the benefits feature's job.
 */
public record EligibilityResponse(Outcome outcome, String rawJson) {
    public enum Outcome {
        ANSWERED,
        TIMEOUT,
        ERROR
    }

    @Override
    public String toString() {
        return "EligibilityResponse[" + outcome + "]";
    }
}
