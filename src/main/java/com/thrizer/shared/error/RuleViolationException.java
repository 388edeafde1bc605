package com.thrizer.shared.error;

/** A well-formed request refused by a business rule (422); the code says which rule. */
public class RuleViolationException extends DomainException {
    public RuleViolationException(String code, String detail) {
        super(422, code, detail, null);
    }

    public RuleViolationException(String code, String detail, String param) {
        super(422, code, detail, param);
    }
}
