package com.thrizer.charges.persistence;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Money returned to a charge's card. */
@Entity
@Table(name = "refunds")
public class Refund extends PracticeOwnedEntity {
    public enum Status {
        PENDING,
        SUCCEEDED
    }

    public enum Reason {
        DUPLICATE,
        REQUESTED_BY_CLIENT,
        SERVICE_NOT_PROVIDED,
        OTHER
    }

    @Column(name = "charge_id", nullable = false, updatable = false)
    public UUID chargeId;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    public long amountCents;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "processor_key", nullable = false, updatable = false)
    public String processorKey;

    @Column(name = "processor_refund_id")
    public String processorRefundId;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    public Money amount() {
        return Money.of(amountCents, currency);
    }

    @Column(name = "idempotency_scope", nullable = false, updatable = false)
    public String idempotencyScope;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String idempotencyKey;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
