package com.thrizer.clients;

import com.thrizer.shared.persistence.PracticeScopedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ClientRepository extends PracticeScopedRepository<Client> {

    ClientRepository(EntityManager em, CallerContext caller) {
        super(em, caller, Client.class, "client");
    }

    /** Sign-in: the client record linked to a user, in whichever practice. */
    Optional<Client> findByUserAcrossPractices(UUID userId) {
        return em.createQuery("select c from Client c where c.userId = :userId", Client.class)
                .setParameter("userId", userId)
                .getResultStream()
                .findFirst();
    }

    /** Sign-in: the oldest unlinked client record invited under this email, in whichever practice. */
    Optional<Client> findUnlinkedByEmailAcrossPractices(String email) {
        return em.createQuery(
                        "select c from Client c where lower(c.email) = lower(:email) and c.userId is null"
                                + " and c.status <> :removed order by c.createdAt, c.id",
                        Client.class)
                .setParameter("email", email)
                .setParameter("removed", Client.Status.REMOVED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
