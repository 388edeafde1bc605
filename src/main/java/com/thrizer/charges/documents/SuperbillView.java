package com.thrizer.charges.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A superbill as the API describes it (its PDF is fetched on its own). */
public record SuperbillView(
        UUID id,
        UUID clientId,
        LocalDate from,
        LocalDate to,
        int lineCount,
        long totalCents,
        String currency,
        Instant createdAt) {}
