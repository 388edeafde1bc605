package com.thrizer.clearinghouse;

import java.time.LocalDate;

/**
 * An eligibility inquiry (X12 270 semantics): payer, subscriber, service type {@code MH} (mental health) and the
 * procedure asked about. Personal data: {@link #toString()} shows none of it.
 */
public record EligibilityRequest(
        String payerId,
        String memberId,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String serviceTypeCode,
        String procedureCode,
        String providerNpi) {
    public static final String MENTAL_HEALTH = "MH";

    @Override
    public String toString() {
        return "EligibilityRequest[payer=" + payerId + ", serviceType=" + serviceTypeCode + "]";
    }
}
