package com.thrizer.benefits.verification;

import com.thrizer.benefits.persistence.ManualVerification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A manual verification as it leaves the service (operators, the practice, events): values only. */
public record ManualVerificationView(
        UUID id,
        UUID benefitCheckId,
        UUID clientId,
        ManualVerification.Status status,
        LocalDate dateOfBirth,
        String correctedMemberIdLast4,
        String note,
        boolean cardFront,
        boolean cardBack,
        UUID resultBenefitCheckId,
        String reason,
        Instant createdAt,
        Instant updatedAt) {
    static ManualVerificationView of(ManualVerification v) {
        return new ManualVerificationView(
                v.id,
                v.benefitCheckId,
                v.clientId,
                v.status,
                v.dateOfBirth,
                v.correctedMemberIdLast4,
                v.note,
                v.cardFront,
                v.cardBack,
                v.resultBenefitCheckId,
                v.reason,
                v.createdAt,
                v.updatedAt);
    }

    @Override
    public String toString() {
        return "ManualVerificationView[" + id + " " + status + "]";
    }
}
