package com.thrizer.testing;

/** A client added to a practice through the API (invited, connected to the practice's clinician), and their token. */
public record TestClient(String id, String email, String token) {

    /** Adds a card for this client (a sandbox processor token such as {@code tok_visa}); returns its id. */
    public String card(String processorToken) {
        return Charges.card(token, processorToken);
    }
}
