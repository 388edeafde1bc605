package com.thrizer.testing;

import java.util.UUID;

/**
 * A practice made for one test ({@link TestData#practice}): its id, its people (by email), helpers to act as them and
 * to add more clients. The test fixtures: {@code data.practice(name)} (this), {@link #newClient} (a client of its
 * clinician), {@link TestClient#card} (their card), {@link TestData#provider} (another clinician with an NPI), and
 * {@link PayingClient#of} (all of it: a client with a Visa card, ready to be charged).
 */
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

    /** A new client added by the admin and connected to the clinician (email {@code who-xxxx@t.test}). */
    public TestClient newClient(String who) {
        String email = TestData.uniqueEmail(who);
        String id = Clients.add(adminToken(), email, clinicianMemberId.toString(), null);
        return new TestClient(id, email, Tokens.of(email));
    }
}
