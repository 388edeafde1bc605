package com.thrizer.quotes;

import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import java.util.UUID;

/** A charge to price. */
public record QuoteRequest(
        UUID clientId,
        UUID clinicianId,
        PaymentType paymentType,
        ChargeKind kind,
        long sessionFeeCents,
        String cptCode) {}
