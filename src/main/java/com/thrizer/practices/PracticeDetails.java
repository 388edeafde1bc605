package com.thrizer.practices;

import java.time.Instant;
import java.util.UUID;

/** A practice as it leaves this feature (the API, superbills, quotes, onboarding): values only. */
public record PracticeDetails(
        UUID id,
        String name,
        String addressLine1,
        String addressLine2,
        String addressCity,
        String addressState,
        String addressPostalCode,
        String tin,
        String groupNpi,
        String phone,
        UUID referralCodeId,
        long feeWaiverRemainingCents,
        String currency,
        Instant createdAt,
        Instant updatedAt) {
    static PracticeDetails of(Practice p) {
        return new PracticeDetails(
                p.id,
                p.name,
                p.addressLine1,
                p.addressLine2,
                p.addressCity,
                p.addressState,
                p.addressPostalCode,
                p.tin,
                p.groupNpi,
                p.phone,
                p.referralCodeId,
                p.feeWaiverRemainingCents,
                p.currency,
                p.createdAt,
                p.updatedAt);
    }

    public boolean hasAddress() {
        return addressLine1 != null;
    }
}
