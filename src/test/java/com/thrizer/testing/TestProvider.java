package com.thrizer.testing;

import java.util.UUID;

/** A second clinician of a practice, with an NPI: a provider of record for charges and claims. */
public record TestProvider(UUID id, String email) {

    public String token() {
        return Tokens.of(email);
    }
}
