package com.thrizer.claims.domain;

import com.thrizer.claims.persistence.Claim;
import java.time.LocalDate;
import java.util.UUID;

/** Filters of the claim lists (service and filing dates inclusive); null = any. */
public record ClaimFilter(
        UUID clientId,
        UUID clinicianId,
        String paymentType,
        String chargeKind,
        Claim.Source source,
        Claim.Status status,
        Claim.Result result,
        LocalDate from,
        LocalDate to,
        LocalDate filedFrom,
        LocalDate filedTo) {
    public static ClaimFilter ofStatus(Claim.Status status, LocalDate from, LocalDate to) {
        return new ClaimFilter(null, null, null, null, null, status, null, from, to, null, null);
    }
}
