package com.thrizer.banking;

import com.thrizer.shared.money.Money;
import java.util.UUID;

/**
 * Bank transfers out of Thrizer's accounts (port): practice payouts and client reimbursements. The sandbox adapter is
 * the default; a real one (an ACH provider) implements this interface.
 */
public interface BankTransfers {
    /**
     * Sends money to one of our stored bank accounts. Idempotent by {@code idempotencyKey}: the same key never sends
     * twice and answers the same reference. Throws {@link BankTransferUnavailableException} when nothing was sent.
     */
    String send(UUID bankAccountId, Money amount, String idempotencyKey);

    /** Where a transfer is now. Throws {@link BankTransferUnavailableException} when the provider cannot say. */
    TransferStatus status(String transferRef);

    /** A transfer's state; {@code failureCode} when the receiving bank refused it. */
    record TransferStatus(State state, String failureCode) {
        public enum State {
            IN_TRANSIT,
            PAID,
            FAILED
        }
    }
}
