package com.thrizer.shared.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in minor units (cents) of one currency. Arithmetic overflows loudly; mixing currencies is an
 * error. The one rounding policy lives in {@link RoundingPolicy}.
 */
public record Money(long cents, String currency) {
    public static final String USD = "USD";

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code");
        }
    }

    public static Money of(long cents, String currency) {
        return new Money(cents, currency);
    }

    public static Money usd(long cents) {
        return new Money(cents, USD);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        check(other);
        return new Money(Math.addExact(cents, other.cents), currency);
    }

    public Money minus(Money other) {
        check(other);
        return new Money(Math.subtractExact(cents, other.cents), currency);
    }

    public Money min(Money other) {
        check(other);
        return cents <= other.cents ? this : other;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    /** The amount in major units with two decimals ({@code 194.00}, {@code -0.05}): exports and receipts. */
    public String decimal() {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private void check(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }
}
