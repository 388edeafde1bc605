package com.thrizer.shared.validation;

import java.util.Locale;
import java.util.Optional;
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
}
