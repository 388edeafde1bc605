package com.thrizer.claims.persistence;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.persistence.ClientOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Money from a decided claim owed to its client: to their bank account, or Thrizer Pay's fee back to their card. */
@Entity
@Table(name = "reimbursements")
public class Reimbursement extends ClientOwnedEntity {
    public enum Kind {
        REIMBURSEMENT,
        FEE_REFUND
    }

    public enum Destination {
        BANK_ACCOUNT,
        CARD
    }

    public enum Status {
        AWAITING_BANK_ACCOUNT,
        PENDING,
        SENT
    }

    @Column(name = "claim_id", nullable = false, updatable = false)
    public UUID claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Destination destination;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    public long amountCents;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "bank_account_last4")
    public String bankAccountLast4;

    @Column(name = "transfer_ref")
    public String transferRef;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public Money amount() {
        return Money.of(amountCents, currency);
    }

    @Override
    public String toString() {
        return "Reimbursement[" + id + " " + kind + " " + status + "]";
    }
}
