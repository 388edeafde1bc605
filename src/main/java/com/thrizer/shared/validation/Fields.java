package com.thrizer.shared.validation;

import com.thrizer.shared.error.FieldError;
import java.util.List;

/** Small field checks the schema cannot express, collecting errors for one 400 answer. */
public final class Fields {
    private Fields() {}

    /** A sent value that is only whitespace is refused ({@code required}); a value not sent (null) is fine. */
    public static void notBlank(String value, String param, List<FieldError> errors) {
        if (value != null && value.isBlank()) {
            errors.add(new FieldError(param, "required", "must not be blank"));
        }
    }
}
