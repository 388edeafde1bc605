package com.thrizer.clients.domain;

import com.thrizer.benefits.domain.BenefitsClients;
import com.thrizer.benefits.domain.ClientFacts;
import com.thrizer.clients.persistence.Client;
import com.thrizer.clients.persistence.ClientRepository;
import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.security.ClientScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Gives the benefits feature the client facts it needs, with the caller's access rules applied. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BenefitsClientsAdapter implements BenefitsClients {
    private final ClientRepository clients;

    BenefitsClientsAdapter(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public ClientFacts visible(UUID clientId) {
        return facts(clients.getVisible(clientId));
    }

    @Override
    public ClientFacts own(ClientScope scope) {
        return facts(clients.getOwn(scope));
    }

    @Override
    public ClientFacts inPractice(UUID practiceId, UUID clientId) {
        return clients.findForInvitation(clientId)
                .filter(c -> c.practiceId.equals(practiceId))
                .map(BenefitsClientsAdapter::facts)
                .orElseThrow(() -> new ResourceNotFoundException("client"));
    }

    private static ClientFacts facts(Client c) {
        return new ClientFacts(
                c.id,
                c.practiceId,
                c.firstName,
                c.lastName,
                c.dateOfBirth,
                c.diagnosisList(),
                c.status == Client.Status.REMOVED,
                c.status == Client.Status.ARCHIVED);
    }
}
