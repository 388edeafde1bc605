package com.thrizer.benefits.eligibility;

import com.thrizer.benefits.persistence.BenefitCheck;
import java.time.LocalDate;

/** What a payer's answer says, in our terms (amounts in cents, coinsurance in basis points). */
public record BenefitInterpretation(
        BenefitCheck.Status status,
        BenefitCheck.FailureReason failureReason,
        Boolean coverageActive,
        BenefitCheck.Oon oon,
        LocalDate planYearStart,
        LocalDate planYearEnd,
        Long deductibleTotalCents,
        Long deductibleRemainingCents,
        Long oopTotalCents,
        Long oopRemainingCents,
        Integer coinsuranceBps) {

    public static BenefitInterpretation failed(BenefitCheck.FailureReason reason) {
        return new BenefitInterpretation(
                BenefitCheck.Status.FAILED,
                reason,
                null,
                BenefitCheck.Oon.UNKNOWN,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
