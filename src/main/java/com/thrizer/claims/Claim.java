package com.thrizer.claims;

import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An insurance claim: one per OON Pay / Thrizer Pay session charge, with the estimate made at charge time. */
@Entity
@Table(name = "claims")
public class Claim extends ClientOwnedEntity {
    public enum Source {
        CHARGE,
        SUPERBILL_UPLOAD,
        MANUAL_ENTRY
    }

    public enum Status {
        PROCESSING,
        INVESTIGATING,
        APPROVED,
        DENIED,
        VOIDED
    }

    @Column(name = "charge_id", updatable = false)
    public UUID chargeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "payment_type", updatable = false)
    public String paymentType;

    @Column(name = "provider_id", updatable = false)
    public UUID providerId;

    @Column(name = "service_date", nullable = false, updatable = false)
    public LocalDate serviceDate;

    @Column(name = "cpt_code", nullable = false, updatable = false)
    public String cptCode;

    @Column(nullable = false, updatable = false)
    public String diagnoses;

    @Column(name = "billed_cents", nullable = false, updatable = false)
    public long billedCents;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "estimated_allowed_cents", updatable = false)
    public Long estimatedAllowedCents;

    @Column(name = "estimated_reimbursement_cents", updatable = false)
    public Long estimatedReimbursementCents;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Override
    public String toString() {
        return "Claim[" + id + " " + status + "]";
    }
}
