package com.thrizer.processor;

/**
 * The card processor (port). Raw card numbers never reach this service: the dashboards collect cards with the
 * processor's own form and send us a token, which is attached here. The sandbox adapter is the default.
 */
public interface PaymentProcessor {
    /** Attaches a card token and describes the card, or throws {@link CardTokenRejectedException}. */
    CardDetails attachCard(String token);
}
