package com.thrizer.support;

import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** A client's message to Thrizer support. */
@Entity
@Table(name = "support_requests")
public class SupportRequest extends ClientOwnedEntity {
    public enum Topic {
        CLAIM_CORRECTION,
        PAYMENT_QUESTION,
        INSURANCE,
        ACCOUNT,
        OTHER
    }

    public enum Status {
        OPEN,
        CLOSED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Topic topic;

    @Column(nullable = false, updatable = false)
    public String message;

    @Column(name = "related_claim_id", updatable = false)
    public UUID relatedClaimId;

    @Column(name = "related_charge_id", updatable = false)
    public UUID relatedChargeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Override
    public String toString() {
        return "SupportRequest[" + id + "]";
    }
}
