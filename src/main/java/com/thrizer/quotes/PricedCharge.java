package com.thrizer.quotes;

import com.thrizer.billing.Quote;
import com.thrizer.billing.SessionEstimate;
import java.util.UUID;

/** A quote, the estimate behind it, and the benefit check that estimate used (both null for Self-Pay). */
public record PricedCharge(Quote quote, SessionEstimate estimate, UUID benefitCheckId) {}
