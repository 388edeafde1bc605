package com.thrizer.billing;

import com.thrizer.shared.money.Money;

/** The money a charge moves: exact card, fee and net amounts; estimated insurance figures. */
public record Quote(
        PaymentType paymentType,
        ChargeKind kind,
        Money sessionFee,
        Money cardAmount,
        Money clientFee,
        Money thrizerAdvance,
        Money processingFee,
        Money clinicianNet,
        Money estimatedReimbursement,
        Money estimatedClientCost) {}
