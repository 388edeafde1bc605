package com.thrizer.claims;

import java.util.List;

/**
 * A claim as the API shows it: the status history only on single-claim reads (null in lists), and the uploaded
 * superbill's type and size (null without one).
 */
public record ClaimView(Claim claim, List<ClaimStatusChange> history, ClaimDocument.Info document) {}
