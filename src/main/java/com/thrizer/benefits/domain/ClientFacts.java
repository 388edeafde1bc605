package com.thrizer.benefits.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What benefit checks need to know about a client. Personal data: {@link #toString()} shows only ids. */
public record ClientFacts(
        UUID clientId,
        UUID practiceId,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        List<String> diagnoses,
        boolean removed,
        boolean archived) {
    @Override
    public String toString() {
        return "ClientFacts[" + clientId + "]";
    }
}
