package com.thrizer.quotes;

import com.thrizer.billing.Quote;
import java.util.UUID;

/** A quote and the benefit check its estimate used (null for Self-Pay). */
public record PricedCharge(Quote quote, UUID benefitCheckId) {}
