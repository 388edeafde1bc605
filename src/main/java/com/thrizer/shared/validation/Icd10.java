package com.thrizer.shared.validation;

import com.thrizer.shared.error.FieldError;
import com.thrizer.shared.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICD-10-CM code format: a letter (not U, reserved), two characters of category (digit, then digit or A/B), and an
 * optional subcategory of 1 to 4 characters after the dot. Checks the shape, not that the code exists.
 */
public final class Icd10 {
    private static final Pattern SHAPE = Pattern.compile("^([A-TV-Z][0-9][0-9AB])\\.?([0-9A-TV-Z]{1,4})?$");

    private Icd10() {}

    /** The code in canonical form ({@code F41.1}), or empty when it is not an ICD-10-CM code. */
    public static Optional<String> normalize(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(code.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
    }

    /**
     * A list of codes in canonical form, order kept, or 400 with an {@code invalid_icd10} or {@code duplicate} error
     * per bad entry (reported as {@code param[i]}).
     */
    public static List<String> normalizeAll(List<String> codes, String param) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> normalized = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String at = param + "[" + i + "]";
            var code = normalize(codes.get(i));
            if (code.isEmpty()) {
                errors.add(new FieldError(at, "invalid_icd10", "must be an ICD-10-CM code such as F41.1"));
            } else if (!normalized.add(code.get())) {
                errors.add(new FieldError(at, "duplicate", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return List.copyOf(normalized);
    }
}
