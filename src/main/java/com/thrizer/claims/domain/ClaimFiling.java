package com.thrizer.claims.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a charge hands to claims: the service, the estimate made at charge time, and what routing a decision needs
 * (the Thrizer Pay advance and client fee, and the card payment a fee refund goes back to).
 */
public record ClaimFiling(
        UUID practiceId,
        UUID clientId,
        UUID chargeId,
        String paymentType,
        String chargeKind,
        UUID providerId,
        LocalDate serviceDate,
        String cptCode,
        String diagnoses,
        long billedCents,
        String currency,
        Long estimatedAllowedCents,
        Long estimatedReimbursementCents,
        long advanceCents,
        long clientFeeCents,
        String processorChargeId) {}
