package com.thrizer.clearinghouse;

/**
 * The clearinghouse (port). The sandbox payer is the default adapter; a real clearinghouse (Stedi, Availity...)
 * is another implementation of this interface, with no change to the domain.
 */
public interface Clearinghouse {
    EligibilityResponse checkEligibility(EligibilityRequest request);
}
