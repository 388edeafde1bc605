package com.thrizer.clients.domain;

import com.thrizer.clients.persistence.Client;
import java.time.LocalDate;
import java.util.UUID;

/** A client's own record as they see it (profile, accepted invitation): values only. */
public record ClientProfile(
        UUID clientId,
        UUID practiceId,
        String firstName,
        String lastName,
        String email,
        String phone,
        LocalDate dateOfBirth,
        ClientInput.Address address,
        Client.Status status) {
    static ClientProfile of(Client c) {
        return new ClientProfile(
                c.id, c.practiceId, c.firstName, c.lastName, c.email, c.phone, c.dateOfBirth, c.address(), c.status);
    }

    @Override
    public String toString() {
        return "ClientProfile[" + clientId + "]";
    }
}
