package com.thrizer.benefits.domain;

import com.thrizer.benefits.verification.VerificationLink;
import com.thrizer.billing.ProjectedSession;
import com.thrizer.billing.SessionEstimate;
import java.util.List;
import java.util.UUID;

/**
 * A check as answered: whether it is stale now, its estimate and projection, and the latest manual verification
 * requested for it (the check keeps its own status whatever the verification's).
 */
public record BenefitCheckView(
        BenefitCheckFacts check,
        boolean stale,
        SessionEstimate estimate,
        List<ProjectedSession> projection,
        VerificationLink latestManualVerification) {

    /** The verification under way, if any. */
    public UUID openManualVerificationId() {
        return latestManualVerification != null
                        && latestManualVerification.status().isOpen()
                ? latestManualVerification.id()
                : null;
    }
}
