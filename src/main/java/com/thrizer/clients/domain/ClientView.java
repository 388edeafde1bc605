package com.thrizer.clients.domain;

import com.thrizer.clients.persistence.Client;
import com.thrizer.paymentmethods.SavedCard;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client as the practice sees it, as it leaves the service: values only, with the connections (a clinician: only
 * their own) and the default card.
 */
public record ClientView(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String phone,
        LocalDate dateOfBirth,
        ClientInput.Address address,
        Client.Status status,
        boolean pinned,
        List<String> diagnoses,
        boolean signedIn,
        List<ConnectionView> connections,
        SavedCard defaultCard,
        Instant createdAt,
        Instant updatedAt) {
    static ClientView of(Client c, List<ConnectionView> connections, SavedCard defaultCard) {
        return new ClientView(
                c.id,
                c.firstName,
                c.lastName,
                c.email,
                c.phone,
                c.dateOfBirth,
                c.address(),
                c.status,
                c.pinned,
                c.diagnosisList(),
                c.userId != null,
                connections,
                defaultCard,
                c.createdAt,
                c.updatedAt);
    }

    /** Ids only: the view carries personal health information (names, dates of birth, diagnoses), never logged. */
    @Override
    public String toString() {
        return "ClientView[%s]".formatted(id);
    }
}
