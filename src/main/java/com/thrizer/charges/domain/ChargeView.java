package com.thrizer.charges.domain;

import com.thrizer.billing.ChargeKind;
import com.thrizer.billing.PaymentType;
import com.thrizer.charges.persistence.Charge;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A charge with what is shown beside it: its card (masked) and its claim, if any. Values only. */
public record ChargeView(
        UUID id,
        UUID clientId,
        UUID clinicianId,
        UUID createdBy,
        UUID paymentMethodId,
        String cardBrand,
        String cardLast4,
        PaymentType paymentType,
        ChargeKind kind,
        Charge.Status status,
        String failureCode,
        long sessionFeeCents,
        long cardAmountCents,
        long clientFeeCents,
        long advanceCents,
        long processingFeeCents,
        long netCents,
        long refundedCents,
        long estimatedReimbursementCents,
        long estimatedClientCostCents,
        String currency,
        LocalDate appointmentDate,
        String cptCode,
        UUID serviceId,
        Integer durationMinutes,
        String placeOfService,
        List<String> modifiers,
        List<String> diagnosisCodes,
        Integer addOnUnits,
        UUID claimId,
        UUID benefitCheckId,
        int attempts,
        Instant createdAt,
        Instant updatedAt) {

    public ChargeView {
        modifiers = List.copyOf(modifiers);
        diagnosisCodes = List.copyOf(diagnosisCodes);
    }

    static ChargeView of(Charge c, String cardBrand, String cardLast4, UUID claimId) {
        return new ChargeView(
                c.id,
                c.clientId,
                c.clinicianId,
                c.createdBy,
                c.paymentMethodId,
                cardBrand,
                cardLast4,
                c.paymentType,
                c.kind,
                c.status,
                c.failureCode,
                c.sessionFeeCents,
                c.cardAmountCents,
                c.clientFeeCents,
                c.advanceCents,
                c.processingFeeCents,
                c.netCents,
                c.refundedCents,
                c.estimatedReimbursementCents,
                c.estimatedClientCostCents,
                c.currency,
                c.appointmentDate,
                c.cptCode,
                c.serviceId,
                c.durationMinutes,
                c.placeOfService,
                c.modifierList(),
                c.diagnosisList(),
                c.addOnUnits,
                claimId,
                c.benefitCheckId,
                c.attempts,
                c.createdAt,
                c.updatedAt);
    }
}
