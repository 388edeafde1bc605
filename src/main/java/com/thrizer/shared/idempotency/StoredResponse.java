package com.thrizer.shared.idempotency;

/** The first answer given to an idempotency key. */
public record StoredResponse(int status, String body, String location) {}
