package com.thrizer.shared.error;

/** One invalid field: {@code param} is a dotted path into the body or a parameter name. */
public record FieldError(String param, String code, String message) {}
