package com.thrizer.charges;

/** A refund as answered to the API. */
public record RefundView(Refund refund) {}
