package com.thrizer.billing;

import com.thrizer.shared.money.Money;
import java.util.Objects;

/**
 * What an estimate needs from a benefit check: deductible left, out-of-pocket left (null when the payer did not
 * say), client coinsurance in basis points, and the allowed amount for the CPT code.
 */
public record BenefitFigures(Money deductibleRemaining, Money outOfPocketRemaining, int coinsuranceBps, Money allowed) {
    public BenefitFigures {
        Objects.requireNonNull(deductibleRemaining, "deductibleRemaining");
        Objects.requireNonNull(allowed, "allowed");
        if (coinsuranceBps < 0 || coinsuranceBps > 10_000) {
            throw new IllegalArgumentException("coinsurance must be 0..10000 basis points");
        }
        if (deductibleRemaining.isNegative() || allowed.isNegative()) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
        if (outOfPocketRemaining != null && outOfPocketRemaining.isNegative()) {
            throw new IllegalArgumentException("out-of-pocket remaining must not be negative");
        }
    }

    /** The same figures with another allowed amount (another CPT code). */
    public BenefitFigures withAllowed(Money newAllowed) {
        return new BenefitFigures(deductibleRemaining, outOfPocketRemaining, coinsuranceBps, newAllowed);
    }
}
