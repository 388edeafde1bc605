package com.thrizer.charges.domain;

import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A charge to make, as requested (validated by {@link ChargeService}). Lists are never null. */
public record ChargeCommand(
        UUID clientId,
        UUID clinicianId,
        UUID paymentMethodId,
        PaymentType paymentType,
        ChargeKind kind,
        long sessionFeeCents,
        LocalDate appointmentDate,
        UUID serviceId,
        String cptCode,
        Integer durationMinutes,
        String placeOfService,
        List<String> modifiers,
        List<String> diagnosisCodes,
        Integer addOnUnits) {}
