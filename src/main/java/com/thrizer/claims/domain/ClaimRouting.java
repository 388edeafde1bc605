package com.thrizer.claims.domain;

import com.thrizer.billing.Fees;
import com.thrizer.billing.PaymentType;
import com.thrizer.claims.persistence.Claim;
import com.thrizer.ledger.Account;
import com.thrizer.ledger.Posting;
import com.thrizer.shared.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a decided claim's money goes (DOMAIN.md section 5), and its ledger posting. Pure.
 *
 * <ul>
 *   <li>OON Pay: the payment to the client, less the 1% fee when something was paid (capped at the payment).
 *   <li>Client-filed claims (superbill upload, manual entry): the whole payment to the client.
 *   <li>Thrizer Pay: the payment repays the advance; a surplus goes to the client, a shortfall is written off
 *       (Thrizer's loss, never the practice's); on a denial the 5% client fee is refunded to the card.
 * </ul>
 *
 * <p>The payer's payment arrives in Thrizer's bank account ({@code PLATFORM_CASH}, debit); what is owed to the client
 * waits in {@code CLIENT_REIMBURSEMENTS_PAYABLE} (credit) until it is sent. A practice's balance is never touched.
 */
public record ClaimRouting(
        long paidCents,
        long clientCents,
        long feeCents,
        long advanceRepaidCents,
        long writeOffCents,
        long feeRefundCents) {

    public static ClaimRouting of(Claim claim, boolean approved, long paidCents) {
        long paid = approved ? paidCents : 0;
        if (claim.source == Claim.Source.CHARGE
                && PaymentType.THRIZER_PAY.name().equals(claim.paymentType)) {
            long repaid = Math.min(paid, claim.advanceCents);
            long surplus = paid - repaid;
            long shortfall = claim.advanceCents - repaid;
            long feeRefund = approved ? 0 : claim.clientFeeCents;
            return new ClaimRouting(paid, surplus, 0, repaid, shortfall, feeRefund);
        }
        long fee = 0;
        if (claim.source == Claim.Source.CHARGE && PaymentType.OON_PAY.name().equals(claim.paymentType)) {
            fee = Fees.oonPayClientFee(Money.of(claim.billedCents, claim.currency), Money.of(paid, claim.currency))
                    .cents();
        }
        return new ClaimRouting(paid, paid - fee, fee, 0, 0, 0);
    }

    /** The posting of this routing, or null when no money moves (an OON Pay or client claim paid nothing). */
    public Posting posting(Claim claim, LocalDate today) {
        String cur = claim.currency;
        Posting.Builder b = Posting.builder(claim.practiceId, Posting.Kind.REIMBURSEMENT)
                .claim(claim.id)
                .charge(claim.chargeId)
                .description("Claim decision: " + (claim.paymentType == null ? claim.source : claim.paymentType))
                .debit(Account.platform(Account.Code.PLATFORM_CASH), Money.of(paidCents, cur), today)
                .credit(Account.platform(Account.Code.ADVANCES_RECEIVABLE), Money.of(advanceRepaidCents, cur), today)
                .credit(Account.platform(Account.Code.CLIENT_REIMBURSEMENTS_PAYABLE), Money.of(clientCents, cur), today)
                .credit(Account.platform(Account.Code.PLATFORM_FEE_REVENUE), Money.of(feeCents, cur), today)
                // a shortfall: the advance no payer will repay becomes Thrizer's loss
                .debit(Account.platform(Account.Code.WRITE_OFFS), Money.of(writeOffCents, cur), today)
                .credit(Account.platform(Account.Code.ADVANCES_RECEIVABLE), Money.of(writeOffCents, cur), today)
                // a denied Thrizer Pay claim: the 5% fee is owed back to the client's card
                .debit(Account.platform(Account.Code.PLATFORM_FEE_REVENUE), Money.of(feeRefundCents, cur), today)
                .credit(
                        Account.platform(Account.Code.CLIENT_REIMBURSEMENTS_PAYABLE),
                        Money.of(feeRefundCents, cur),
                        today);
        return b.isEmpty() ? null : b.build();
    }

    /** The posting of money sent to a client: from what is owed to them, out of a bank or card account. */
    public static Posting sent(UUID practiceId, UUID claimId, Account.Code from, Money amount, LocalDate today) {
        return Posting.builder(practiceId, Posting.Kind.REIMBURSEMENT)
                .claim(claimId)
                .description(from == Account.Code.PROCESSOR_CLEARING ? "Fee refunded to card" : "Reimbursement sent")
                .debit(Account.platform(Account.Code.CLIENT_REIMBURSEMENTS_PAYABLE), amount, today)
                .credit(Account.platform(from), amount, today)
                .build();
    }
}
