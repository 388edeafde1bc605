package com.thrizer.billing;

import com.thrizer.shared.money.Money;

/**
 * Prices a charge (DOMAIN.md section 5). Pure: the charge itself uses the same code.
 *
 * <ul>
 *   <li>Self-Pay: the card pays the fee; no client fee; no insurance.
 *   <li>OON Pay: the card pays the fee; the 1% client fee comes out of a positive reimbursement later.
 *   <li>Thrizer Pay: the card pays the estimated responsibility (fee - estimated reimbursement) plus 5% of the fee;
 *       Thrizer advances the rest of the fee to the practice and collects the reimbursement.
 * </ul>
 *
 * In every case the practice nets fee - 3% processing; insurance outcomes never change it.
 */
public final class QuoteCalculator {
    private QuoteCalculator() {}

    /**
     * @param estimate the session estimate (required for OON Pay and Thrizer Pay, ignored for Self-Pay)
     * @param waiverRemaining the practice's remaining referral credit
     */
    public static Quote quote(
            PaymentType type, ChargeKind kind, Money fee, SessionEstimate estimate, Money waiverRemaining) {
        if (kind != ChargeKind.SESSION && type != PaymentType.SELF_PAY) {
            throw new IllegalArgumentException("no-show and late-cancellation fees are Self-Pay only");
        }
        Money zero = Money.zero(fee.currency());
        Money processing = Fees.processingFee(fee, waiverRemaining);
        Money net = fee.minus(processing);
        return switch (type) {
            case SELF_PAY -> new Quote(type, kind, fee, fee, zero, zero, processing, net, zero, fee);
            case OON_PAY -> {
                Money reimbursement = requireEstimate(estimate).reimbursement();
                Money clientFee = Fees.oonPayClientFee(fee, reimbursement);
                yield new Quote(
                        type,
                        kind,
                        fee,
                        fee,
                        clientFee,
                        zero,
                        processing,
                        net,
                        reimbursement,
                        fee.minus(reimbursement).plus(clientFee));
            }
            case THRIZER_PAY -> {
                SessionEstimate e = requireEstimate(estimate);
                Money responsibility = e.clientCost();
                Money clientFee = Fees.thrizerPayClientFee(fee);
                Money card = responsibility.plus(clientFee);
                yield new Quote(
                        type,
                        kind,
                        fee,
                        card,
                        clientFee,
                        fee.minus(responsibility),
                        processing,
                        net,
                        e.reimbursement(),
                        card);
            }
        };
    }

    private static SessionEstimate requireEstimate(SessionEstimate estimate) {
        if (estimate == null) {
            throw new IllegalArgumentException("an insurance payment type needs an estimate");
        }
        return estimate;
    }
}
