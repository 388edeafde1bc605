package com.thrizer.insurance;

import com.thrizer.shared.persistence.ClientOwnedRepository;
import com.thrizer.shared.security.CallerContext;
import com.thrizer.shared.security.ClientScope;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
public class InsuranceRepository extends ClientOwnedRepository<InsurancePolicy> {

    InsuranceRepository(EntityManager em, CallerContext caller) {
        super(em, caller, InsurancePolicy.class, "insurance");
    }

    Optional<InsurancePolicy> ofClient(UUID clientId) {
        return forClient(clientId, "1 = 1", Map.of()).getResultStream().findFirst();
    }

    /** The policy of a client of an explicit practice (the caller checked access to the client). */
    Optional<InsurancePolicy> inPractice(UUID practiceId, UUID clientId) {
        return em.createQuery(
                        "select p from InsurancePolicy p where p.practiceId = :p and p.clientId = :c",
                        InsurancePolicy.class)
                .setParameter("p", practiceId)
                .setParameter("c", clientId)
                .getResultStream()
                .findFirst();
    }

    Optional<InsurancePolicy> own(ClientScope scope) {
        return findOwnFirst(scope, "1 = 1", Map.of());
    }

    /** Serializes insurance changes of one client across instances (one primary policy per client). */
    void lockClient(UUID clientId) {
        lockName("insurance:" + clientId);
    }

    /** Which card sides are on file. */
    Set<String> imageSides(UUID policyId) {
        @SuppressWarnings("unchecked")
        List<String> sides = em.createNativeQuery(
                        "SELECT side FROM insurance_card_images WHERE policy_id = ?1", String.class)
                .setParameter(1, policyId)
                .getResultList();
        return sides.stream().collect(Collectors.toSet());
    }

    void saveImage(UUID policyId, String side, String contentType, byte[] content, OffsetDateTime now) {
        em.createNativeQuery("INSERT INTO insurance_card_images (policy_id, side, content_type, size_bytes, content,"
                        + " uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (policy_id, side) DO UPDATE SET"
                        + " content_type = EXCLUDED.content_type, size_bytes = EXCLUDED.size_bytes,"
                        + " content = EXCLUDED.content, uploaded_at = EXCLUDED.uploaded_at")
                .setParameter(1, policyId)
                .setParameter(2, side)
                .setParameter(3, contentType)
                .setParameter(4, content.length)
                .setParameter(5, content)
                .setParameter(6, now)
                .executeUpdate();
    }
}
