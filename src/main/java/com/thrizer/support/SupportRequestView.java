package com.thrizer.support;

import java.time.Instant;
import java.util.UUID;

/** A support request as it was recorded (immutable: what leaves the support feature). */
public record SupportRequestView(
        UUID id,
        SupportRequest.Topic topic,
        SupportRequest.Status status,
        UUID relatedClaimId,
        UUID relatedChargeId,
        Instant createdAt) {
    static SupportRequestView of(SupportRequest r) {
        return new SupportRequestView(r.id, r.topic, r.status, r.relatedClaimId, r.relatedChargeId, r.createdAt);
    }
}
