package com.thrizer.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Client records as seen at sign-in: which client record a user is. */
@ApplicationScoped
@Transactional
public class ClientAccountService {
    private final ClientRepository clients;

    ClientAccountService(ClientRepository clients) {
        this.clients = clients;
    }

    /** The user's client record; on first sign-in the record invited under the verified email is linked. */
    public Optional<UUID> clientIdForUser(UUID userId, String verifiedEmail) {
        Optional<Client> linked = clients.findByUserAcrossPractices(userId);
        if (linked.isEmpty() && verifiedEmail != null) {
            linked = clients.findUnlinkedByEmailAcrossPractices(verifiedEmail);
            linked.ifPresent(c -> c.userId = userId);
        }
        return linked.map(c -> c.id);
    }
}
