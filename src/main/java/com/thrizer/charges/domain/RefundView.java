package com.thrizer.charges.domain;

import com.thrizer.charges.persistence.Refund;
import java.time.Instant;
import java.util.UUID;

/** A refund as answered to the API. Values only. */
public record RefundView(
        UUID id,
        UUID chargeId,
        long amountCents,
        String currency,
        Refund.Reason reason,
        Refund.Status status,
        UUID createdBy,
        Instant createdAt) {

    static RefundView of(Refund r) {
        return new RefundView(
                r.id, r.chargeId, r.amountCents, r.currency, r.reason, r.status, r.createdBy, r.createdAt);
    }
}
