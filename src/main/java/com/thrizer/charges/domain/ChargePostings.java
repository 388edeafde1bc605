package com.thrizer.charges.domain;

import com.thrizer.billing.PaymentType;
import com.thrizer.charges.persistence.Charge;
import com.thrizer.charges.persistence.Refund;
import com.thrizer.ledger.Account;
import com.thrizer.ledger.BusinessDays;
import com.thrizer.ledger.Posting;
import com.thrizer.shared.money.Money;
import java.time.LocalDate;

/**
 * The ledger postings of charges and refunds (DOMAIN.md section 5). Pure.
 *
 * <p>A charge: the card amount into processor clearing and the Thrizer Pay advance into advances receivable (debits);
 * the practice's net to its balance, available two business days later, and the processing and client fees to
 * platform revenue (credits). A refund reverses the card: Self-Pay and OON Pay take the amount from the practice's
 * balance; a Thrizer Pay (full) refund also reverses the advance and the client fee, and takes the whole session fee
 * from the practice. The processing fee is never returned.
 */
final class ChargePostings {
    private ChargePostings() {}

    static Posting charge(Charge c, LocalDate today) {
        String cur = c.currency;
        return Posting.builder(c.practiceId, Posting.Kind.CHARGE)
                .charge(c.id)
                .description(c.paymentType + " " + c.kind + " charge")
                .debit(Account.platform(Account.Code.PROCESSOR_CLEARING), Money.of(c.cardAmountCents, cur), today)
                .debit(Account.platform(Account.Code.ADVANCES_RECEIVABLE), Money.of(c.advanceCents, cur), today)
                .credit(
                        Account.practiceBalance(c.practiceId),
                        Money.of(c.netCents, cur),
                        BusinessDays.plus(today, BusinessDays.AVAILABILITY_DELAY))
                .credit(
                        Account.platform(Account.Code.PLATFORM_FEE_REVENUE),
                        Money.of(c.processingFeeCents + c.clientFeeCents, cur),
                        today)
                .build();
    }

    /** What a refund of this amount takes from the practice's balance. */
    static long practiceDebitCents(Charge c, long refundCents) {
        return c.paymentType == PaymentType.THRIZER_PAY ? c.sessionFeeCents : refundCents;
    }

    static Posting refund(Charge c, Refund r, LocalDate today) {
        String cur = c.currency;
        Posting.Builder b = Posting.builder(c.practiceId, Posting.Kind.REFUND)
                .charge(c.id)
                .refund(r.id)
                .description("Refund of a " + c.paymentType + " charge")
                .credit(Account.platform(Account.Code.PROCESSOR_CLEARING), r.amount(), today)
                .debit(
                        Account.practiceBalance(c.practiceId),
                        Money.of(practiceDebitCents(c, r.amountCents), cur),
                        today);
        if (c.paymentType == PaymentType.THRIZER_PAY) {
            b.credit(Account.platform(Account.Code.ADVANCES_RECEIVABLE), Money.of(c.advanceCents, cur), today)
                    .debit(Account.platform(Account.Code.PLATFORM_FEE_REVENUE), Money.of(c.clientFeeCents, cur), today);
        }
        return b.build();
    }
}
