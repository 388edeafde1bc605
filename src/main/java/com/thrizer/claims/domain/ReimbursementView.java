package com.thrizer.claims.domain;

import com.thrizer.claims.persistence.Reimbursement;
import java.time.Instant;
import java.util.UUID;

/** Money sent to a client, as the API shows it. Values only. */
public record ReimbursementView(
        UUID id,
        UUID claimId,
        Reimbursement.Destination destination,
        Reimbursement.Kind kind,
        Reimbursement.Status status,
        long amountCents,
        String currency,
        String bankAccountLast4,
        Instant createdAt,
        Instant sentAt) {

    static ReimbursementView of(Reimbursement r) {
        return new ReimbursementView(
                r.id,
                r.claimId,
                r.destination,
                r.kind,
                r.status,
                r.amountCents,
                r.currency,
                r.bankAccountLast4,
                r.createdAt,
                r.sentAt);
    }
}
