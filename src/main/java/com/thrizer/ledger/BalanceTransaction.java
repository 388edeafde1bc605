package com.thrizer.ledger;

import com.thrizer.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An entry on a practice's balance, from the practice's side (positive adds to the balance). */
public record BalanceTransaction(
        UUID id,
        Posting.Kind type,
        Money amount,
        UUID chargeId,
        UUID refundId,
        UUID clientId,
        UUID clinicianId,
        LocalDate availableOn,
        String description,
        Instant createdAt) {}
