package com.thrizer.charges;

import java.util.UUID;

/** A charge with what is shown beside it: its card (masked) and its claim, if any. */
public record ChargeView(Charge charge, String cardBrand, String cardLast4, UUID claimId) {}
