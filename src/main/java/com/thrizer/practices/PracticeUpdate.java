package com.thrizer.practices;

/** Changes to a practice; null = keep. */
public record PracticeUpdate(String name, PostalAddress address, String tin, String groupNpi, String phone) {

    /** A US postal address. */
    public record PostalAddress(String line1, String line2, String city, String state, String postalCode) {}

    @Override
    public String toString() {
        return "PracticeUpdate[...]";
    }
}
