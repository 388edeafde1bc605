package com.thrizer.clients.domain;

import java.time.LocalDate;

/** A client's details as sent; null = not sent. Personal data: {@link #toString()} shows nothing. */
public record ClientInput(
        String firstName, String lastName, String email, String phone, LocalDate dateOfBirth, Address address) {

    /** A US postal address. */
    public record Address(String line1, String line2, String city, String state, String postalCode) {}

    @Override
    public String toString() {
        return "ClientInput[...]";
    }
}
