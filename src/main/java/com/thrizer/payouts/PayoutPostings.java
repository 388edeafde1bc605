package com.thrizer.payouts;

import com.thrizer.ledger.Account;
import com.thrizer.ledger.Posting;
import java.time.LocalDate;

/**
 * The ledger postings of a payout (DOMAIN.md section 8). Pure. Created: the amount leaves the practice's balance for
 * payouts in transit. Paid: it leaves the money held at the processor. Failed: it returns to the balance, available
 * at once.
 */
final class PayoutPostings {
    private PayoutPostings() {}

    static Posting created(Payout p, LocalDate today) {
        return Posting.builder(p.practiceId, Posting.Kind.PAYOUT)
                .payout(p.id)
                .description("Payout to the account ending " + p.bankAccountLast4)
                .debit(Account.practiceBalance(p.practiceId), p.amount(), today)
                .credit(Account.platform(Account.Code.PAYOUTS_IN_TRANSIT), p.amount(), today)
                .build();
    }

    static Posting paid(Payout p, LocalDate today) {
        return Posting.builder(p.practiceId, Posting.Kind.PAYOUT)
                .payout(p.id)
                .description("Payout arrived")
                .debit(Account.platform(Account.Code.PAYOUTS_IN_TRANSIT), p.amount(), today)
                .credit(Account.platform(Account.Code.PROCESSOR_CLEARING), p.amount(), today)
                .build();
    }

    static Posting failed(Payout p, LocalDate today) {
        return Posting.builder(p.practiceId, Posting.Kind.PAYOUT_FAILURE)
                .payout(p.id)
                .description("Payout returned: " + p.failureCode)
                .debit(Account.platform(Account.Code.PAYOUTS_IN_TRANSIT), p.amount(), today)
                .credit(Account.practiceBalance(p.practiceId), p.amount(), today)
                .build();
    }
}
