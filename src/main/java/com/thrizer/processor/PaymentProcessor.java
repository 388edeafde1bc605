package com.thrizer.processor;

import com.thrizer.shared.money.Money;

/**
 * The card processor (port). Raw card numbers never reach this service: the dashboards collect cards with the
 * processor's own form and send us a token, which is attached here. The sandbox adapter is the default.
 */
public interface PaymentProcessor {
    /** Attaches a card token and describes the card, or throws {@link CardTokenRejectedException}. */
    CardDetails attachCard(String token);

    /**
     * Charges an attached card. Idempotent by {@code idempotencyKey}: the same key always answers the first outcome
     * and never charges twice. Throws {@link ProcessorUnavailableException} when nothing could be charged.
     */
    ChargeOutcome charge(String paymentMethodRef, Money amount, String idempotencyKey);

    /** Refunds (part of) a charge to its card; idempotent by key; returns the processor's refund id. */
    String refund(String processorChargeId, Money amount, String idempotencyKey);
}
