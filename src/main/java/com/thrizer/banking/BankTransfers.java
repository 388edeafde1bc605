package com.thrizer.banking;

import com.thrizer.shared.money.Money;
import java.util.UUID;

/**
 * Bank transfers out of Thrizer's account (port): client reimbursements (and, with payouts, practice payouts). The
 * sandbox adapter is the default; a real one (an ACH provider) implements this interface.
 */
public interface BankTransfers {
    /**
     * Sends money to one of our stored bank accounts. Idempotent by {@code idempotencyKey}: the same key never sends
     * twice. Returns the transfer's reference. Throws {@link BankTransferUnavailableException} when nothing was sent.
     */
    String send(UUID bankAccountId, Money amount, String idempotencyKey);
}
