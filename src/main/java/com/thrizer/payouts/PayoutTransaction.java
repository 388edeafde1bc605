package com.thrizer.payouts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One balance transaction a payout pays out, attributed to the clinician of record (amounts in cents). */
public record PayoutTransaction(
        UUID id,
        String type,
        UUID chargeId,
        String clientInitials,
        UUID clinicianId,
        String clinicianName,
        long grossCents,
        long feeCents,
        long netCents,
        String currency,
        LocalDate availableOn,
        Instant createdAt) {}
