package com.thrizer.clearinghouse;

import java.util.UUID;

/**
 * The clearinghouse (port). The sandbox payer is the default adapter; a real clearinghouse (Stedi, Availity...)
 * is another implementation of this interface, with no change to the domain.
 */
public interface Clearinghouse {
    EligibilityResponse checkEligibility(EligibilityRequest request);

    /**
     * Submits a claim. Idempotent by {@link ClaimSubmission#controlNumber()}. Throws {@link
     * ClearinghouseUnavailableException} when it could not be delivered (try again later).
     */
    void submitClaim(ClaimSubmission claim);

    /** What the payer says about a submitted claim now. Throws {@link ClearinghouseUnavailableException}. */
    ClaimStatusAnswer claimStatus(UUID controlNumber);
}
