package com.thrizer.shared.error;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on: it carries the HTTP status and the stable snake_case {@code code} of the
 * problem+json answer. {@code detail} must never contain personal or health data.
 */
public abstract class DomainException extends RuntimeException {
    private final int status;
    private final String code;
    private final String param;

    protected DomainException(int status, String code, String detail, String param) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.param = param;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /** The one parameter the problem is about, or null. */
    public String param() {
        return param;
    }

    /** Extra response headers (e.g. {@code Retry-After}). */
    public Map<String, String> headers() {
        return Map.of();
    }

    /** Field errors, for validation failures. */
    public List<FieldError> errors() {
        return List.of();
    }
}
