package com.thrizer.shared.validation;

/** ABA routing transit number: 9 digits whose weighted sum 3-7-1 is a multiple of 10. */
public final class AbaRoutingNumber {
    private AbaRoutingNumber() {}

    public static boolean isValid(String routing) {
        if (routing == null || !routing.matches("\\d{9}")) {
            return false;
        }
        int[] weights = {3, 7, 1, 3, 7, 1, 3, 7, 1};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (routing.charAt(i) - '0') * weights[i];
        }
        return sum % 10 == 0 && !routing.equals("000000000");
    }
}
