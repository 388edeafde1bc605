package com.thrizer.shared.error;

/** Authenticated, but this caller may not do this (403). */
public class AccessDeniedException extends DomainException {
    public AccessDeniedException(String code, String detail) {
        super(403, code, detail, null);
    }
}
