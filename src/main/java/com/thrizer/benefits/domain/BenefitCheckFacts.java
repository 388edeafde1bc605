package com.thrizer.benefits.domain;

import com.thrizer.benefits.persistence.BenefitCheck;
import com.thrizer.billing.BenefitFigures;
import com.thrizer.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A benefit check as it leaves the service (views, quotes, the widget): values only, never the managed entity, and
 * never the payer's raw answer.
 */
public record BenefitCheckFacts(
        UUID id,
        UUID practiceId,
        UUID clientId,
        String insurerId,
        String insurerName,
        String cptCode,
        long sessionFeeCents,
        String currency,
        BenefitCheck.Status status,
        Boolean coverageActive,
        BenefitCheck.Oon oonBenefits,
        LocalDate planYearStart,
        LocalDate planYearEnd,
        Long deductibleTotalCents,
        Long deductibleMetCents,
        Long deductibleRemainingCents,
        Long oopTotalCents,
        Long oopRemainingCents,
        Integer coinsuranceBps,
        Long allowedCents,
        BenefitCheck.Source source,
        BenefitCheck.Confidence confidence,
        BenefitCheck.FailureReason failureReason,
        Instant checkedAt,
        Instant staleAfter,
        Instant insuranceUpdatedAt,
        Instant createdAt) {
    public static BenefitCheckFacts of(BenefitCheck c) {
        return new BenefitCheckFacts(
                c.id,
                c.practiceId,
                c.clientId,
                c.insurerId,
                c.insurerName,
                c.cptCode,
                c.sessionFeeCents,
                c.currency,
                c.status,
                c.coverageActive,
                c.oonBenefits,
                c.planYearStart,
                c.planYearEnd,
                c.deductibleTotalCents,
                c.deductibleMetCents,
                c.deductibleRemainingCents,
                c.oopTotalCents,
                c.oopRemainingCents,
                c.coinsuranceBps,
                c.allowedCents,
                c.source,
                c.confidence,
                c.failureReason,
                c.checkedAt,
                c.staleAfter,
                c.insuranceUpdatedAt,
                c.createdAt);
    }

    public Money sessionFee() {
        return Money.of(sessionFeeCents, currency);
    }

    public boolean isComplete() {
        return status == BenefitCheck.Status.COMPLETE;
    }

    /** The figures an estimate needs, when the check is complete with OON benefits. */
    public BenefitFigures figures() {
        if (!isComplete() || deductibleRemainingCents == null || coinsuranceBps == null || allowedCents == null) {
            return null;
        }
        return new BenefitFigures(
                Money.of(deductibleRemainingCents, currency),
                oopRemainingCents == null ? null : Money.of(oopRemainingCents, currency),
                coinsuranceBps,
                Money.of(allowedCents, currency));
    }
}
