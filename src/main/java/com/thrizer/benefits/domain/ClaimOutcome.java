package com.thrizer.benefits.domain;

import java.util.UUID;

/**
 * An approved claim's figures, as the payer decided them (cents): what benefits learn from (DOMAIN.md section 3).
 * {@code clientShareCents} is the deductible applied plus coinsurance.
 */
public record ClaimOutcome(
        UUID practiceId,
        UUID clientId,
        String cptCode,
        long billedCents,
        long allowedCents,
        long deductibleCents,
        long clientShareCents,
        long paidCents) {}
