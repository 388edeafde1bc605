package com.thrizer.clients.persistence;

import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@Singleton
public class ClientInvitationRepository extends ClientOwnedRepository<ClientInvitation> {

    ClientInvitationRepository(EntityManager em, CallerContext caller) {
        super(em, caller, ClientInvitation.class, "invitation");
    }

    /** Acceptance: the invitation with this token hash, in whichever practice (the token is the credential). */
    public Optional<ClientInvitation> findByTokenHashForUpdate(String tokenHash) {
        return em.createQuery("select i from ClientInvitation i where i.tokenHash = :h", ClientInvitation.class)
                .setParameter("h", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
