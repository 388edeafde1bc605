package com.thrizer.claims;

import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.security.CallerContext;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ClaimRepository extends ClientOwnedRepository<Claim> {

    ClaimRepository(EntityManager em, CallerContext caller) {
        super(em, caller, Claim.class, "claim");
    }

    /** The claim of a charge (charges reach it by the charge they own). */
    Optional<Claim> ofCharge(UUID chargeId) {
        return em.createQuery("select c from Claim c where c.chargeId = :charge", Claim.class)
                .setParameter("charge", chargeId)
                .getResultStream()
                .findFirst();
    }

    java.util.List<Claim> ofCharges(java.util.Collection<UUID> chargeIds) {
        if (chargeIds.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("select c from Claim c where c.chargeId in :ids", Claim.class)
                .setParameter("ids", chargeIds)
                .getResultList();
    }

    void insert(UUID practiceId, Claim claim) {
        persistIn(practiceId, claim);
    }
}
