package com.thrizer.billing;

import com.thrizer.shared.money.Money;

/** One future session of a projection, with the deductible left before it. */
public record ProjectedSession(int session, Money deductibleRemainingBefore, SessionEstimate estimate) {}
