package com.thrizer.benefits.domain;

import com.thrizer.shared.security.ClientScope;
import java.util.UUID;

/**
 * Benefits' view of clients (implemented by the clients feature, which depends on benefits, not the reverse).
 */
public interface BenefitsClients {
    /** A client the caller may see (clinicians: connected ones), or 404. */
    ClientFacts visible(UUID clientId);

    /** The signed-in client's own record. */
    ClientFacts own(ClientScope scope);

    /** Operators: a client of a given practice. */
    ClientFacts inPractice(UUID practiceId, UUID clientId);
}
