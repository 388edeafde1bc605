package com.thrizer.charges.domain;

import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import com.thrizer.charges.persistence.Charge;
import java.time.LocalDate;
import java.util.UUID;

/** Filters of the charge lists (dates are appointment dates, inclusive); null = any. */
public record ChargeFilter(
        UUID clientId,
        UUID clinicianId,
        PaymentType paymentType,
        Charge.Status status,
        ChargeKind kind,
        LocalDate from,
        LocalDate to) {}
