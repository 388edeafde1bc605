package com.thrizer.insurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A policy as the eligibility inquiry needs it, with the member id decrypted. Never returned by the API, never
 * logged: {@link #toString()} shows only the ids.
 */
public record InsuranceDetails(
        UUID policyId,
        String insurerId,
        String insurerName,
        boolean insurerUsable,
        String memberId,
        boolean subscriberIsClient,
        String subscriberFirstName,
        String subscriberLastName,
        LocalDate subscriberDateOfBirth,
        Instant updatedAt) {
    @Override
    public String toString() {
        return "InsuranceDetails[" + policyId + "]";
    }
}
