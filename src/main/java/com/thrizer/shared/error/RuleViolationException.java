package com.thrizer.shared.error;

import java.util.List;

/** A well-formed request refused by a business rule (422); the code says which rule. */
public class RuleViolationException extends DomainException {
    private final List<FieldError> errors;

    public RuleViolationException(String code, String detail) {
        super(422, code, detail, null);
        this.errors = List.of();
    }

    public RuleViolationException(String code, String detail, String param) {
        super(422, code, detail, param);
        this.errors = List.of();
    }

    /** A refusal with one entry per offending field. */
    public RuleViolationException(String code, String detail, List<FieldError> errors) {
        super(422, code, detail, errors.size() == 1 ? errors.get(0).param() : null);
        this.errors = List.copyOf(errors);
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
