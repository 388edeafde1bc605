package com.thrizer.payouts;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payout of a practice's available balance to its payout account. */
@Entity
@Table(name = "payouts")
public class Payout extends PracticeOwnedEntity {
    public enum Status {
        PENDING,
        IN_TRANSIT,
        PAID,
        FAILED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    public long amountCents;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "payout_date", nullable = false, updatable = false)
    public LocalDate payoutDate;

    @Column(name = "expected_arrival", nullable = false, updatable = false)
    public LocalDate expectedArrival;

    @Column(name = "bank_account_id", nullable = false, updatable = false)
    public UUID bankAccountId;

    @Column(name = "bank_account_last4", nullable = false, updatable = false)
    public String bankAccountLast4;

    @Column(name = "transaction_count", nullable = false)
    public int transactionCount;

    @Column(name = "transfer_ref")
    public String transferRef;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "next_check_at")
    public Instant nextCheckAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    public Money amount() {
        return Money.of(amountCents, currency);
    }

    @Override
    public String toString() {
        return "Payout[" + id + " " + status + "]";
    }
}
