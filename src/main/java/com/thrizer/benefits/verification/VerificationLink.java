package com.thrizer.benefits.verification;

import com.thrizer.benefits.persistence.ManualVerification;
import java.util.UUID;

/** The latest manual verification of a check, as its view links it: values only. */
public record VerificationLink(UUID id, ManualVerification.Status status, UUID resultBenefitCheckId) {
    public static VerificationLink of(ManualVerification v) {
        return v == null ? null : new VerificationLink(v.id, v.status, v.resultBenefitCheckId);
    }
}
