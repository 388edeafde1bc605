package com.thrizer.clients.domain;

import com.thrizer.clients.persistence.Client;
import com.thrizer.clients.persistence.ClientRepository;
import com.thrizer.insurance.InsuranceService;
import com.thrizer.insurance.InsuranceView;
import com.thrizer.paymentmethods.PaymentMethodService;
import com.thrizer.paymentmethods.SavedCard;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The practice's read-only views of a client's insurance and cards, for callers who may see that client. */
@ApplicationScoped
@Transactional
public class ClientAccess {
    private final ClientRepository clients;
    private final InsuranceService insurance;
    private final PaymentMethodService paymentMethods;

    ClientAccess(ClientRepository clients, InsuranceService insurance, PaymentMethodService paymentMethods) {
        this.clients = clients;
        this.insurance = insurance;
        this.paymentMethods = paymentMethods;
    }

    public InsuranceView insurance(UUID clientId) {
        return insurance.forClient(clients.getVisible(clientId).id);
    }

    public Page<SavedCard> paymentMethods(UUID clientId, PageRequest page) {
        Client client = clients.getVisible(clientId);
        return paymentMethods.listForClient(client.practiceId, client.id, page);
    }
}
