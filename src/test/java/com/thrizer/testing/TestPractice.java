package com.thrizer.testing;

import java.util.UUID;

/** A practice made for one test class: its id, its people (by email) and helpers to act as them. */
public record TestPractice(
        UUID id,
        String adminEmail,
        String clinicianEmail,
        String staffEmail,
        String clientEmail,
        UUID clientId,
        UUID clinicianMemberId) {

    public String adminToken() {
        return Tokens.of(adminEmail);
    }

    public String clinicianToken() {
        return Tokens.of(clinicianEmail);
    }

    public String staffToken() {
        return Tokens.of(staffEmail);
    }

    public String clientToken() {
        return Tokens.of(clientEmail);
    }
}
