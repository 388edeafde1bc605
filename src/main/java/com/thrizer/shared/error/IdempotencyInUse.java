package com.thrizer.shared.error;

/** Another request with the same Idempotency-Key is still being processed (409, retry shortly). */
public class IdempotencyInUse extends ConflictException {
    public IdempotencyInUse() {
        super("idempotency_key_in_use", "A request with this Idempotency-Key is still in progress; retry shortly.");
    }
}
