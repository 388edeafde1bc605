package com.thrizer.claims;

import java.util.List;

/** A claim as the API shows it; the status history only on single-claim reads (null in lists). */
public record ClaimView(Claim claim, List<ClaimStatusChange> history) {}
