package com.thrizer.banking;

import com.thrizer.shared.persistence.PracticeOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A US bank account: the practice's payout account or a client's reimbursement account (receive-only, never a
 * payment method). Routing and account numbers are stored encrypted; only their last four digits in clear.
 */
@Entity
@Table(name = "bank_accounts")
public class BankAccount extends PracticeOwnedEntity {
    public enum Purpose {
        PAYOUT,
        REIMBURSEMENT
    }

    public enum Type {
        CHECKING,
        SAVINGS
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Purpose purpose;

    @Column(name = "client_id", updatable = false)
    public UUID clientId;

    @Column(name = "holder_name", nullable = false)
    public String holderName;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false)
    public Type accountType;

    @Column(name = "routing_number_encrypted", nullable = false)
    public String routingNumberEncrypted;

    @Column(name = "routing_number_last4", nullable = false)
    public String routingNumberLast4;

    @Column(name = "account_number_encrypted", nullable = false)
    public String accountNumberEncrypted;

    @Column(name = "account_number_last4", nullable = false)
    public String accountNumberLast4;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Override
    public String toString() {
        return "BankAccount[" + id + " " + purpose + "]";
    }
}
