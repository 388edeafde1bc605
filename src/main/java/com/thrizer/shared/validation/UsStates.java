package com.thrizer.shared.validation;

import java.util.Set;

/** USPS two-letter codes of the states, DC and the territories. */
public final class UsStates {
    private static final Set<String> CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP",
            "PR", "VI");

    private UsStates() {}

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }
}
