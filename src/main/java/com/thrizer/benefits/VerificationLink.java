package com.thrizer.benefits;

import java.util.UUID;

/** The latest manual verification of a check, as its view links it: values only. */
public record VerificationLink(UUID id, ManualVerification.Status status, UUID resultBenefitCheckId) {
    static VerificationLink of(ManualVerification v) {
        return v == null ? null : new VerificationLink(v.id, v.status, v.resultBenefitCheckId);
    }
}
