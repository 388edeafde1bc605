package com.thrizer.shared.error;

/** A dependency (payment processor, clearinghouse) is unavailable; nothing was changed, the request may be retried. */
public class UpstreamUnavailableException extends DomainException {
    public UpstreamUnavailableException(String code, String detail) {
        super(503, code, detail, null);
    }
}
