package com.thrizer.payouts;

import java.time.LocalDate;

/** Filters of the payout list (payout dates inclusive); null = any. */
public record PayoutFilter(Payout.Status status, LocalDate from, LocalDate to) {}
