package com.thrizer.shared.error;

/** The request conflicts with the current state of a resource (409). */
public class ConflictException extends DomainException {
    public ConflictException(String code, String detail) {
        super(409, code, detail, null);
    }
}
