package com.thrizer.claims;

import java.time.LocalDate;
import java.util.UUID;

/** What a charge hands to claims: everything a claim needs, with the estimate made at charge time. */
public record ClaimFiling(
        UUID practiceId,
        UUID clientId,
        UUID chargeId,
        String paymentType,
        UUID providerId,
        LocalDate serviceDate,
        String cptCode,
        String diagnoses,
        long billedCents,
        String currency,
        Long estimatedAllowedCents,
        Long estimatedReimbursementCents) {}
