package com.thrizer.processor;

/** What the payment processor tells about an attached card (never the number). */
public record CardDetails(
        String processorRef, Brand brand, String last4, int expMonth, int expYear, Funding funding, boolean hsaFsa) {
    public enum Brand {
        VISA,
        MASTERCARD,
        AMEX,
        DISCOVER
    }

    public enum Funding {
        CREDIT,
        DEBIT,
        PREPAID
    }
}
