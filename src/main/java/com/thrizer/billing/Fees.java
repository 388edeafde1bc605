package com.thrizer.billing;

import com.thrizer.shared.money.Money;
import com.thrizer.shared.money.RoundingPolicy;

/**
 * The platform's fees (DOMAIN.md section 5), all on the session fee and rounded half-up once: 3% processing (paid by
 * the practice; waived on the referral credit's volume), 1% OON Pay client fee (only from a reimbursement > 0, never
 * more than it), 5% Thrizer Pay client fee (upfront).
 */
public final class Fees {
    public static final long PROCESSING_BPS = 300;
    public static final long OON_PAY_CLIENT_FEE_BPS = 100;
    public static final long THRIZER_PAY_CLIENT_FEE_BPS = 500;

    private Fees() {}

    /** 3% of the part of the fee not covered by the remaining referral credit. */
    public static Money processingFee(Money sessionFee, Money waiverRemaining) {
        Money waived =
                waiverRemaining.isPositive() ? waiverRemaining.min(sessionFee) : Money.zero(sessionFee.currency());
        return RoundingPolicy.percentOf(sessionFee.minus(waived), PROCESSING_BPS);
    }

    /** 1% of the session fee, taken from a positive reimbursement only, and never more than it. */
    public static Money oonPayClientFee(Money sessionFee, Money reimbursement) {
        if (!reimbursement.isPositive()) {
            return Money.zero(sessionFee.currency());
        }
        return RoundingPolicy.percentOf(sessionFee, OON_PAY_CLIENT_FEE_BPS).min(reimbursement);
    }

    public static Money thrizerPayClientFee(Money sessionFee) {
        return RoundingPolicy.percentOf(sessionFee, THRIZER_PAY_CLIENT_FEE_BPS);
    }
}
