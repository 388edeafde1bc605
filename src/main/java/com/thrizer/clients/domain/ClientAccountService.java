package com.thrizer.clients.domain;

import com.thrizer.clients.persistence.Client;
import com.thrizer.clients.persistence.ClientRepository;
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

    /** A user's client record and its practice. */
    public record ClientAccount(UUID clientId, UUID practiceId) {}

    /**
     * The user's client record; on first sign-in the record invited under the verified email is linked (an invited
     * client becomes active). Removed records stay linked but give no access.
     */
    public Optional<ClientAccount> forUser(UUID userId, String verifiedEmail) {
        Optional<Client> linked = clients.findByUserAcrossPractices(userId);
        if (linked.isEmpty() && verifiedEmail != null) {
            linked = clients.findUnlinkedByEmailAcrossPractices(verifiedEmail);
            linked.ifPresent(c -> link(c, userId));
        }
        return linked.filter(c -> c.status != Client.Status.REMOVED).map(c -> new ClientAccount(c.id, c.practiceId));
    }

    static void link(Client client, UUID userId) {
        client.userId = userId;
        if (client.status == Client.Status.INVITED) {
            client.status = Client.Status.ACTIVE;
        }
    }
}
