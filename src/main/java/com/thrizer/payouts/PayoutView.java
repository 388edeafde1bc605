package com.thrizer.payouts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payout as the API shows it. Values only. */
public record PayoutView(
        UUID id,
        Payout.Status status,
        long amountCents,
        String currency,
        LocalDate payoutDate,
        LocalDate expectedArrival,
        String bankAccountLast4,
        int transactionCount,
        String failureCode,
        Instant createdAt,
        Instant updatedAt,
        Instant sentAt,
        Instant paidAt,
        Instant failedAt) {

    static PayoutView of(Payout p) {
        return new PayoutView(
                p.id,
                p.status,
                p.amountCents,
                p.currency,
                p.payoutDate,
                p.expectedArrival,
                p.bankAccountLast4,
                p.transactionCount,
                p.failureCode,
                p.createdAt,
                p.updatedAt,
                p.sentAt,
                p.paidAt,
                p.failedAt);
    }
}
