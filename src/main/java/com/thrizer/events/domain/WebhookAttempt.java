package com.thrizer.events.domain;

import java.time.Instant;

/** One try to deliver: the endpoint's status code (null without an answer), how long it took, why it failed. */
public record WebhookAttempt(
        int number, Instant attemptedAt, boolean succeeded, Integer statusCode, long durationMs, String error) {}
