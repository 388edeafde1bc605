package com.thrizer.payouts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payouts of a period per clinician (amounts in cents); the rows' net amounts add up to the total. */
public record PayoutSummary(
        LocalDate from, LocalDate to, int payoutCount, long totalCents, String currency, List<Row> rows) {
    public record Row(
            UUID clinicianId,
            String clinicianName,
            int transactionCount,
            long grossCents,
            long feeCents,
            long netCents) {}
}
