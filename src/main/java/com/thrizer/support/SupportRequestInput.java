package com.thrizer.support;

import java.util.UUID;

/** What a client asks support: a topic, a message, and optionally one of their claims or payments it is about. */
public record SupportRequestInput(
        SupportRequest.Topic topic, String message, UUID relatedClaimId, UUID relatedChargeId) {}
