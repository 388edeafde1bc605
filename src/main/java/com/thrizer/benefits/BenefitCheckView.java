package com.thrizer.benefits;

import com.thrizer.billing.ProjectedSession;
import com.thrizer.billing.SessionEstimate;
import java.util.List;
import java.util.UUID;

/** A check as answered: whether it is stale now, its estimate and projection, an open manual verification. */
public record BenefitCheckView(
        BenefitCheck check,
        boolean stale,
        SessionEstimate estimate,
        List<ProjectedSession> projection,
        UUID openManualVerificationId) {}
