package com.thrizer.paymentmethods;

import com.thrizer.processor.CardDetails;
import java.time.Instant;
import java.util.UUID;

/** A client's saved card as it leaves this feature (charges, claims, clients, the API): values only. */
public record SavedCard(
        UUID id,
        UUID clientId,
        String processorRef,
        CardDetails.Brand brand,
        String last4,
        int expMonth,
        int expYear,
        CardDetails.Funding funding,
        boolean hsaFsa,
        boolean isDefault,
        Instant createdAt) {
    static SavedCard of(PaymentMethod pm) {
        return pm == null
                ? null
                : new SavedCard(
                        pm.id,
                        pm.clientId,
                        pm.processorRef,
                        pm.brand,
                        pm.last4,
                        pm.expMonth,
                        pm.expYear,
                        pm.funding,
                        pm.hsaFsa,
                        pm.isDefault,
                        pm.createdAt);
    }
}
