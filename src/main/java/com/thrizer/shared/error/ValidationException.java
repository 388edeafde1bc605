package com.thrizer.shared.error;

import java.util.List;

/** Input that fails validation rules the schema cannot express (checksums, calendars): 400 with errors[]. */
public class ValidationException extends DomainException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(
                400,
                "validation_failed",
                "One or more fields are invalid.",
                errors.size() == 1 ? errors.get(0).param() : null);
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String param, String code, String message) {
        return new ValidationException(List.of(new FieldError(param, code, message)));
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
