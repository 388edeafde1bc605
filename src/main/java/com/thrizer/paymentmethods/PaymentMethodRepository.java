package com.thrizer.paymentmethods;

import com.thrizer.shared.error.ResourceNotFoundException;
import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class PaymentMethodRepository extends ClientOwnedRepository<PaymentMethod> {
    private static final String LIVE = "e.deletedAt is null";

    PaymentMethodRepository(EntityManager em, CallerContext caller) {
        super(em, caller, PaymentMethod.class, "payment method");
    }

    /**
     * Serializes card changes of one client (the first card becomes the default, deleting the default promotes
     * another): a transaction-scoped advisory lock on the client, held until commit, on every instance.
     */
    void lockClient(UUID clientId) {
        lockName("payment_methods:" + clientId);
    }

    Page<PaymentMethod> pageOf(UUID practiceId, UUID clientId, PageRequest page) {
        return pageForClient(practiceId, clientId, LIVE, Map.of(), page);
    }

    PaymentMethod getOwnLive(ClientScope scope, UUID id) {
        PaymentMethod pm = getOwn(scope, id);
        if (pm.deletedAt != null) {
            throw new ResourceNotFoundException("payment method");
        }
        return pm;
    }

    List<PaymentMethod> ownLive(ClientScope scope) {
        return ownWhere(scope, LIVE, Map.of()).getResultList().stream()
                .sorted(Comparator.comparing((PaymentMethod pm) -> pm.createdAt)
                        .thenComparing(pm -> pm.id)
                        .reversed())
                .toList();
    }

    Optional<PaymentMethod> ownDefault(ClientScope scope) {
        return findOwnFirst(scope, LIVE + " and e.isDefault = true", Map.of());
    }

    /** The default cards of several clients of the caller's practice. */
    List<PaymentMethod> defaultsOf(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return where(LIVE + " and e.isDefault = true and e.clientId in :ids", Map.of("ids", clientIds))
                .getResultList();
    }

    /** A client's default card, named by practice (for event objects, whoever caused the event). */
    Optional<PaymentMethod> defaultOf(UUID practiceId, UUID clientId) {
        return em.createQuery(
                        "select e from PaymentMethod e where e.practiceId = :p and e.clientId = :c and e.isDefault = true"
                                + " and " + LIVE,
                        PaymentMethod.class)
                .setParameter("p", practiceId)
                .setParameter("c", clientId)
                .getResultStream()
                .findFirst();
    }

    List<PaymentMethod> byIdsAcrossPractices(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from PaymentMethod e where e.id in :ids", PaymentMethod.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    void flush() {
        em.flush();
    }
}
