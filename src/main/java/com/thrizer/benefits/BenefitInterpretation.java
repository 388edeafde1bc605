package com.thrizer.benefits;

import java.time.LocalDate;

/** What a payer's answer says, in our terms (amounts in cents, coinsurance in basis points). */
record BenefitInterpretation(
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

    static BenefitInterpretation failed(BenefitCheck.FailureReason reason) {
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
