package com.thrizer.billing;

import com.thrizer.shared.money.Money;

/**
 * What the payment-type decision needs to know about a client right now.
 *
 * @param hasInsurance primary insurance on file
 * @param insurerUsable the insurer is matched in the catalogue and not under review
 * @param hasBenefitCheck a benefit check exists
 * @param checkComplete the latest check is complete
 * @param checkStale the latest check is past its stale date or older than the insurance
 * @param coverageActive coverage active per the latest check (null when unknown)
 * @param oonBenefits OON mental-health benefits per the latest check (null when unknown)
 * @param deductibleRemaining deductible left per the latest check (null when unknown)
 * @param allowedVerified the allowed amount is verified (confidence HIGH)
 * @param insurerThrizerPayCapable the insurer is flagged Thrizer-Pay-capable
 * @param hasDiagnosis a diagnosis is on file (or on the charge)
 */
public record EligibilityFacts(
        ChargeKind kind,
        boolean hasInsurance,
        boolean insurerUsable,
        boolean hasBenefitCheck,
        boolean checkComplete,
        boolean checkStale,
        Boolean coverageActive,
        Boolean oonBenefits,
        Money deductibleRemaining,
        boolean allowedVerified,
        boolean insurerThrizerPayCapable,
        boolean hasDiagnosis) {}
