package com.thrizer.claims.domain;

import java.util.UUID;

/** What a claim's decision must know of its charge's refunds (implemented by the charges feature). */
public interface ChargeRefunds {

    /**
     * Whether a full refund of the charge is reserved or made. Its settlement voids the claim, so the claim takes no
     * decision meanwhile. Read under the claim's row lock, which a refund takes before the charge's.
     */
    boolean fullRefundReserved(UUID chargeId);
}
