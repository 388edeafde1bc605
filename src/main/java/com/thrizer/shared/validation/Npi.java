package com.thrizer.shared.validation;

/**
 * National Provider Identifier check: 10 digits whose last is a Luhn check digit computed over the card-issuer
 * prefix 80840 followed by the first nine digits (CMS NPI standard, 45 CFR 162.406).
 */
public final class Npi {
    private Npi() {}

    public static boolean isValid(String npi) {
        if (npi == null || !npi.matches("\\d{10}")) {
            return false;
        }
        String digits = "80840" + npi.substring(0, 9);
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        int check = (10 - sum % 10) % 10;
        return check == npi.charAt(9) - '0';
    }
}
