package com.thrizer.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The single rounding policy: percentages are applied in exact decimal arithmetic and rounded once, half-up to the
 * cent (DOMAIN.md section 3: "one rounding place, half-up to the cent").
 */
public final class RoundingPolicy {
    public static final RoundingMode MODE = RoundingMode.HALF_UP;

    private RoundingPolicy() {}

    /** {@code amount * basisPoints / 10000}, rounded half-up to the cent. */
    public static Money percentOf(Money amount, long basisPoints) {
        BigDecimal result = BigDecimal.valueOf(amount.cents())
                .multiply(BigDecimal.valueOf(basisPoints))
                .divide(BigDecimal.valueOf(10_000), 0, MODE);
        return new Money(result.longValueExact(), amount.currency());
    }
}
