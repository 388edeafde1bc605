package com.thrizer.claims.domain;

import com.thrizer.claims.persistence.Claim;
import java.time.Instant;

/** One entry of a claim's status history. */
public record ClaimStatusChange(Claim.Status status, Actor actor, String reason, Instant createdAt) {
    public enum Actor {
        SYSTEM,
        PAYER,
        OPERATOR,
        USER
    }
}
