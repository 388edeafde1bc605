package com.thrizer.benefits.eligibility;

import java.time.LocalDate;

/** Benefits as verified by an operator (amounts in cents, coinsurance in basis points). */
public record VerifiedBenefits(
        boolean coverageActive,
        boolean oonBenefits,
        long deductibleTotalCents,
        long deductibleRemainingCents,
        Long oopTotalCents,
        Long oopRemainingCents,
        int coinsuranceBps,
        long allowedCents,
        LocalDate planYearEnd) {}
