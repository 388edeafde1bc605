package com.thrizer.clients.persistence;

import com.thrizer.shared.paging.Page;
import com.thrizer.shared.paging.PageRequest;
import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ConnectionRepository extends ClientOwnedRepository<Connection> {

    ConnectionRepository(EntityManager em, CallerContext caller) {
        super(em, caller, Connection.class, "connection");
    }

    public Page<Connection> pageOf(UUID practiceId, UUID clientId, PageRequest page) {
        return pageForClient(practiceId, clientId, "1 = 1", Map.of(), page);
    }

    public Optional<Connection> find(UUID clientId, UUID clinicianId) {
        return forClient(clientId, "e.clinicianId = :clinician", Map.of("clinician", clinicianId))
                .getResultStream()
                .findFirst();
    }

    /** The connections of several clients of the caller's practice (one query for a page of clients). */
    public List<Connection> ofClients(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return where("e.clientId in :ids", Map.of("ids", clientIds)).getResultList().stream()
                .sorted(Comparator.comparing((Connection c) -> c.createdAt))
                .toList();
    }

    /** A client's connections, named by practice (event objects, whoever caused the event). */
    public List<Connection> ofClientInPractice(UUID practiceId, UUID clientId) {
        return em.createQuery(
                        "select e from Connection e where e.practiceId = :p and e.clientId = :c order by e.createdAt",
                        Connection.class)
                .setParameter("p", practiceId)
                .setParameter("c", clientId)
                .getResultList();
    }

    public Connection findAcrossPractices(UUID id) {
        return em.find(Connection.class, id);
    }

    public Connection getOwnForUpdate(ClientScope scope, UUID id) {
        Connection c = getOwn(scope, id);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(c);
        return c;
    }
}
