package com.thrizer.ledger;

import java.util.UUID;

/**
 * A ledger account: a platform account (no practice) or a practice's. Amounts are signed, debit positive: asset
 * accounts (processor clearing, advances receivable) grow with debits, liability and revenue accounts (a practice's
 * balance, platform fee revenue) with credits.
 */
public record Account(Code code, UUID practiceId) {
    public enum Code {
        /** Money held at the card processor (asset). */
        PROCESSOR_CLEARING,
        /** Thrizer's fees: processing and client fees (revenue). */
        PLATFORM_FEE_REVENUE,
        /** Thrizer Pay advances, repaid by the insurer's reimbursement (asset). */
        ADVANCES_RECEIVABLE,
        /** What Thrizer owes a practice (liability): its balance. */
        PRACTICE_BALANCE,
        PAYOUTS_IN_TRANSIT,
        /** What Thrizer owes clients from their claims, until it is sent (liability). */
        CLIENT_REIMBURSEMENTS_PAYABLE,
        /** Thrizer Pay advances no payer repaid: Thrizer's loss (expense). */
        WRITE_OFFS,
        INSURER_RECEIVABLE,
        /** Thrizer's bank account: payers' payments in, client reimbursements out (asset). */
        PLATFORM_CASH
    }

    public static Account platform(Code code) {
        return new Account(code, null);
    }

    public static Account practiceBalance(UUID practiceId) {
        return new Account(Code.PRACTICE_BALANCE, practiceId);
    }
}
