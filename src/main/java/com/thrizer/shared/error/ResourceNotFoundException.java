package com.thrizer.shared.error;

/** Unknown id, or an id that belongs to another practice or client: both answer the same 404. */
public class ResourceNotFoundException extends DomainException {
    public ResourceNotFoundException(String resourceLabel) {
        super(404, "not_found", "No such " + resourceLabel + ".", null);
    }

    public ResourceNotFoundException(String code, String detail) {
        super(404, code, detail, null);
    }
}
